package dev.annex.host.security;

import dev.annex.host.helpdesk.Directory;
import dev.annex.host.helpdesk.Person;
import dev.annex.host.operator.Operator;
import dev.annex.host.operator.OperatorAccounts;
import dev.annex.host.tenant.Tenant;
import dev.annex.host.tenant.TenantContext;
import dev.annex.host.tenant.TenantStatus;
import dev.annex.host.tenant.Tenants;
import dev.annex.host.web.problem.Problems;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the tenant from the URL and signs the caller in, before any resource runs. Under
 * {@code /api/t/{tenant}} only that tenant's people are accepted, whatever the credential;
 * under {@code /api/operator} only operators.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    public static final String SESSION_COOKIE = "annex_session";
    public static final String OPERATOR_SESSION_COOKIE = "annex_operator_session";
    public static final String CSRF_COOKIE = "annex_csrf";
    /** The operator console's own CSRF cookie: a tenant session in the same browser keeps its own. */
    public static final String OPERATOR_CSRF_COOKIE = "annex_operator_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    Tenants tenants;
    @Inject
    TenantContext tenantContext;
    @Inject
    Directory directory;
    @Inject
    PasswordSignIn passwordSignIn;
    @Inject
    AccessTokens accessTokens;
    @Inject
    OperatorAccounts operators;
    @Inject
    Caller caller;

    /**
     * Runs before matching, because a plugin's endpoints are reached through a sub-resource
     * locator that needs the signed-in caller while the request is being matched.
     */
    @Override
    public void filter(ContainerRequestContext request) {
        List<String> path = segments(request);
        boolean signingInOrOut = path.size() >= 2 && path.get(path.size() - 1).equals("session")
                && (request.getMethod().equals("POST") || request.getMethod().equals("DELETE"))
                && (path.size() == 2 && path.get(0).equals("operator") || path.size() == 3 && path.get(0).equals("t"));
        if (path.size() >= 2 && path.get(0).equals("t")) {
            String slug = path.get(1);
            Tenant tenant = tenants.bySlug(slug).orElseThrow(() -> Problems.notFound("tenant", slug));
            if (tenant.status() == TenantStatus.SUSPENDED) {
                throw Problems.forbidden("The help desk '" + slug + "' is suspended.");
            }
            tenantContext.enter(tenant.ref());
            if (!signingInOrOut) {
                signInPerson(request, tenant);
            }
        } else if (!path.isEmpty() && path.get(0).equals("operator") && !signingInOrOut) {
            signInOperator(request);
        }
    }

    private static List<String> segments(ContainerRequestContext request) {
        return Arrays.stream(request.getUriInfo().getPath().split("/")).filter(part -> !part.isEmpty()).toList();
    }

    private void signInPerson(ContainerRequestContext request, Tenant tenant) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Optional<Long> personId;
        boolean cookie = false;
        if (authorization != null) {
            personId = fromAuthorization(authorization, tenant);
        } else {
            Cookie session = request.getCookies().get(SESSION_COOKIE);
            if (session == null) {
                throw Problems.unauthorized();
            }
            requireCsrfToken(request, CSRF_COOKIE);
            personId = accessTokens.resolve(session.getValue(), TokenKind.SESSION, tenant.id())
                    .map(TokenOwner::personId);
            cookie = true;
        }
        Person person = personId.flatMap(directory::person).filter(Person::active)
                .orElseThrow(Problems::unauthorized);
        caller.signedIn(person, cookie);
    }

    private Optional<Long> fromAuthorization(String authorization, Tenant tenant) {
        if (startsWithIgnoreCase(authorization, "Bearer ")) {
            return accessTokens.resolve(authorization.substring(7).trim(), TokenKind.API, tenant.id())
                    .map(TokenOwner::personId);
        }
        BasicCredentials basic = BasicCredentials.parse(authorization).orElseThrow(Problems::unauthorized);
        return passwordSignIn.person(basic.user(), basic.password()).map(Person::id);
    }

    private void signInOperator(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Optional<Operator> operator;
        boolean cookie = false;
        if (authorization != null && startsWithIgnoreCase(authorization, "Bearer ")) {
            operator = accessTokens.resolve(authorization.substring(7).trim(), TokenKind.API, null)
                    .flatMap(owner -> operators.find(owner.operatorId()));
        } else if (authorization != null) {
            BasicCredentials basic = BasicCredentials.parse(authorization).orElseThrow(Problems::unauthorized);
            operator = passwordSignIn.operator(basic.user(), basic.password());
        } else {
            Cookie session = request.getCookies().get(OPERATOR_SESSION_COOKIE);
            if (session == null) {
                throw Problems.unauthorized();
            }
            requireCsrfToken(request, OPERATOR_CSRF_COOKIE);
            operator = accessTokens.resolve(session.getValue(), TokenKind.SESSION, null)
                    .flatMap(owner -> operators.find(owner.operatorId()));
            cookie = true;
        }
        caller.signedIn(operator.orElseThrow(Problems::unauthorized), cookie);
    }

    /**
     * Cookie-authenticated writes must echo the CSRF cookie in a header: a page of another site can
     * make the browser send the cookie, but cannot read it to copy it into the header.
     */
    private static void requireCsrfToken(ContainerRequestContext request, String cookieName) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return;
        }
        Cookie csrf = request.getCookies().get(cookieName);
        String header = request.getHeaderString(CSRF_HEADER);
        if (csrf == null || header == null || !MessageDigest.isEqual(
                csrf.getValue().getBytes(StandardCharsets.UTF_8), header.getBytes(StandardCharsets.UTF_8))) {
            throw Problems.forbidden("Missing or wrong " + CSRF_HEADER + " header for a cookie-authenticated change.");
        }
    }

    private static boolean startsWithIgnoreCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    record BasicCredentials(String user, String password) {

        static Optional<BasicCredentials> parse(String authorization) {
            if (!startsWithIgnoreCase(authorization, "Basic ")) {
                return Optional.empty();
            }
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? Optional.empty()
                        : Optional.of(new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
            } catch (IllegalArgumentException notBase64) {
                return Optional.empty();
            }
        }
    }
}
