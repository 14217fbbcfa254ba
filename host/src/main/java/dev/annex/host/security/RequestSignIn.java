package dev.annex.host.security;

import dev.annex.host.helpdesk.Person;
import dev.annex.host.refusal.Refusal;
import dev.annex.host.tenant.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Signs the {@link Caller} of a request in from the credentials it presents: an API token
 * ({@code Bearer}), HTTP Basic, or a browser session with its CSRF token. In a tenant only that
 * tenant's active people are accepted, whatever the credential; in the operator area only operators.
 */
@ApplicationScoped
public class RequestSignIn {

    /** The header that must echo the CSRF cookie on cookie-authenticated writes. */
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final SignedInPeople people;
    private final PasswordSignIn passwordSignIn;
    private final AccessTokens accessTokens;
    private final OperatorAccounts operators;
    private final RequestQuotas quotas;
    private final Caller caller;

    @Inject
    public RequestSignIn(SignedInPeople people, PasswordSignIn passwordSignIn, AccessTokens accessTokens,
                         OperatorAccounts operators, RequestQuotas quotas, Caller caller) {
        this.people = people;
        this.passwordSignIn = passwordSignIn;
        this.accessTokens = accessTokens;
        this.operators = operators;
        this.quotas = quotas;
        this.caller = caller;
    }

    protected RequestSignIn() {
        this(null, null, null, null, null, null);
    }

    /**
     * Signs in one of the tenant's active people; the tenant must be the current one. An API token
     * is counted against its own quota; a password or a browser session against the person's.
     */
    public void person(TenantRef tenant, PresentedCredentials presented) {
        if (caller.isSignedIn()) {
            return;
        }
        Optional<Long> personId;
        String cookie = null;
        AccessTokens.ResolvedToken token = null;
        String authorization = presented.authorization();
        if (authorization != null && startsWithIgnoreCase(authorization, "Bearer ")) {
            token = accessTokens.resolve(bearer(authorization), TokenKind.API, tenant.id()).orElse(null);
            personId = Optional.ofNullable(token).map(t -> t.owner().personId());
        } else if (authorization != null) {
            BasicCredentials basic = BasicCredentials.parse(authorization).orElseThrow(Refusal::unauthenticated);
            personId = passwordSignIn.person(basic.user(), basic.password()).map(Person::id);
        } else {
            requireSession(presented);
            personId = accessTokens.resolve(presented.session(), TokenKind.SESSION, tenant.id())
                    .map(t -> t.owner().personId());
            cookie = presented.session();
        }
        Person person = personId.flatMap(people::active).orElseThrow(Refusal::unauthenticated);
        caller.signedIn(person, cookie);
        caller.countedAs(token != null ? quotas.quota("token:" + token.hash(), token.requestsPerMinute())
                : quotas.quota("person:" + person.id(), null));
    }

    public void operator(PresentedCredentials presented) {
        if (caller.isSignedIn()) {
            return;
        }
        String authorization = presented.authorization();
        Optional<Operator> operator;
        String cookie = null;
        AccessTokens.ResolvedToken token = null;
        if (authorization != null && startsWithIgnoreCase(authorization, "Bearer ")) {
            token = accessTokens.resolve(bearer(authorization), TokenKind.API, null).orElse(null);
            operator = Optional.ofNullable(token).flatMap(t -> operators.find(t.owner().operatorId()));
        } else if (authorization != null) {
            BasicCredentials basic = BasicCredentials.parse(authorization).orElseThrow(Refusal::unauthenticated);
            operator = passwordSignIn.operator(basic.user(), basic.password());
        } else {
            requireSession(presented);
            operator = accessTokens.resolve(presented.session(), TokenKind.SESSION, null)
                    .flatMap(t -> operators.find(t.owner().operatorId()));
            cookie = presented.session();
        }
        Operator signedIn = operator.orElseThrow(Refusal::unauthenticated);
        caller.signedIn(signedIn, cookie);
        caller.countedAs(token != null ? quotas.quota("token:" + token.hash(), token.requestsPerMinute())
                : quotas.quota("operator:" + signedIn.id(), null));
    }

    private static String bearer(String authorization) {
        return authorization.substring(7).trim();
    }

    /**
     * A session must be there, and a cookie-authenticated write must echo the CSRF cookie in a
     * header: a page of another site can make the browser send the cookie, but cannot read it to
     * copy it into the header.
     */
    private static void requireSession(PresentedCredentials presented) {
        if (presented.session() == null) {
            throw Refusal.unauthenticated();
        }
        if (SAFE_METHODS.contains(presented.method())) {
            return;
        }
        // The header must carry this session's token; the cookie is only where scripts read it.
        String expected = SecretTokens.csrfFor(presented.session());
        String header = presented.csrfHeader();
        if (header == null || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), header.getBytes(StandardCharsets.UTF_8))) {
            throw Refusal.forbidden("Missing or wrong " + CSRF_HEADER + " header for a cookie-authenticated change.");
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
