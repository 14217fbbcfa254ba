package dev.annex.host.web;

import dev.annex.host.security.PresentedCredentials;
import dev.annex.host.security.RequestSignIn;
import dev.annex.host.tenant.TenantRef;
import dev.annex.host.tenant.TenantResolution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Settles who a matched request is for and from: the tenant named by its {@code {tenant}} path
 * parameter (see {@link TenantResolution}), then the signed-in caller — one of that tenant's
 * people, or, outside a tenant, an operator — unless the resource is {@link Anonymous}. Run by
 * {@link AuthenticationFilter} for every request, and earlier by the door to plugins' endpoints,
 * which needs the caller while the request is still being matched; doing it twice is harmless.
 */
@ApplicationScoped
public class RequestAuthentication {

    private final TenantResolution tenants;
    private final RequestSignIn signIn;

    @Inject
    public RequestAuthentication(TenantResolution tenants, RequestSignIn signIn) {
        this.tenants = tenants;
        this.signIn = signIn;
    }

    protected RequestAuthentication() {
        this(null, null);
    }

    /**
     * @param tenantSlug the {@code {tenant}} path parameter, null outside a tenant
     * @param anonymous  whether the resource answers without a signed-in caller
     * @param headers    the request's headers, by name
     * @param cookies    the request's cookies, by name
     */
    public void authenticate(String tenantSlug, boolean anonymous, String method,
                             UnaryOperator<String> headers, Map<String, Cookie> cookies) {
        TenantRef tenant = tenantSlug == null ? null : tenants.forPeople(tenantSlug);
        if (anonymous) {
            return;
        }
        String authorization = headers.apply(HttpHeaders.AUTHORIZATION);
        String csrfHeader = headers.apply(RequestSignIn.CSRF_HEADER);
        if (tenant != null) {
            signIn.person(tenant, new PresentedCredentials(method, authorization,
                    value(cookies, SessionCookies.SESSION), value(cookies, SessionCookies.CSRF), csrfHeader));
        } else {
            signIn.operator(new PresentedCredentials(method, authorization,
                    value(cookies, SessionCookies.OPERATOR_SESSION), value(cookies, SessionCookies.OPERATOR_CSRF),
                    csrfHeader));
        }
    }

    private static String value(Map<String, Cookie> cookies, String name) {
        Cookie cookie = cookies.get(name);
        return cookie == null ? null : cookie.getValue();
    }
}
