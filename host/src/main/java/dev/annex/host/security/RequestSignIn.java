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
    private final Caller caller;

    @Inject
    public RequestSignIn(SignedInPeople people, PasswordSignIn passwordSignIn, AccessTokens accessTokens,
                         OperatorAccounts operators, Caller caller) {
        this.people = people;
        this.passwordSignIn = passwordSignIn;
        this.accessTokens = accessTokens;
        this.operators = operators;
        this.caller = caller;
    }

    protected RequestSignIn() {
        this(null, null, null, null, null);
    }

    /** Signs in one of the tenant's active people; the tenant must be the current one. */
    public void person(TenantRef tenant, PresentedCredentials presented) {
        if (caller.isSignedIn()) {
            return;
        }
        Optional<Long> personId;
        String cookie = null;
        if (presented.authorization() != null) {
            personId = fromAuthorization(presented.authorization(), tenant);
        } else {
            requireSession(presented);
            personId = accessTokens.resolve(presented.session(), TokenKind.SESSION, tenant.id())
                    .map(TokenOwner::personId);
            cookie = presented.session();
        }
        Person person = personId.flatMap(people::active).orElseThrow(Refusal::unauthenticated);
        caller.signedIn(person, cookie);
    }

    public void operator(PresentedCredentials presented) {
        if (caller.isSignedIn()) {
            return;
        }
        String authorization = presented.authorization();
        Optional<Operator> operator;
        String cookie = null;
        if (authorization != null && startsWithIgnoreCase(authorization, "Bearer ")) {
            operator = accessTokens.resolve(authorization.substring(7).trim(), TokenKind.API, null)
                    .flatMap(owner -> operators.find(owner.operatorId()));
        } else if (authorization != null) {
            BasicCredentials basic = BasicCredentials.parse(authorization).orElseThrow(Refusal::unauthenticated);
            operator = passwordSignIn.operator(basic.user(), basic.password());
        } else {
            requireSession(presented);
            operator = accessTokens.resolve(presented.session(), TokenKind.SESSION, null)
                    .flatMap(owner -> operators.find(owner.operatorId()));
            cookie = presented.session();
        }
        caller.signedIn(operator.orElseThrow(Refusal::unauthenticated), cookie);
    }

    private Optional<Long> fromAuthorization(String authorization, TenantRef tenant) {
        if (startsWithIgnoreCase(authorization, "Bearer ")) {
            return accessTokens.resolve(authorization.substring(7).trim(), TokenKind.API, tenant.id())
                    .map(TokenOwner::personId);
        }
        BasicCredentials basic = BasicCredentials.parse(authorization).orElseThrow(Refusal::unauthenticated);
        return passwordSignIn.person(basic.user(), basic.password()).map(Person::id);
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
