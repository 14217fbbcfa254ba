package dev.annex.host.security;

import dev.annex.host.helpdesk.Directory;
import dev.annex.host.helpdesk.Person;
import dev.annex.host.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Checks an email and password, for HTTP Basic and for the sign-in endpoints alike, under the
 * login throttle. Unknown email and wrong password are indistinguishable to the caller.
 *
 * <p>Credentials that passed the full hash check recently are recognised by {@link VerifiedPasswords}
 * without hashing again; only a success is remembered, so every wrong guess still costs the full
 * hash and counts against the throttle.
 */
@ApplicationScoped
public class PasswordSignIn {

    private static final String OPERATOR_AREA = "operator";

    private final TenantContext tenantContext;
    private final Directory directory;
    private final Credentials credentials;
    private final OperatorAccounts operators;
    private final LoginThrottle throttle;
    private final VerifiedPasswords verified;
    private final SignedInPeople people;

    @Inject
    public PasswordSignIn(TenantContext tenantContext, Directory directory, Credentials credentials,
                          OperatorAccounts operators, LoginThrottle throttle, VerifiedPasswords verified,
                          SignedInPeople people) {
        this.tenantContext = tenantContext;
        this.directory = directory;
        this.credentials = credentials;
        this.operators = operators;
        this.throttle = throttle;
        this.verified = verified;
        this.people = people;
    }

    protected PasswordSignIn() {
        this(null, null, null, null, null, null, null);
    }

    /** The current tenant's active person with these credentials. */
    public Optional<Person> person(String email, String password) {
        String area = "tenant:" + tenantContext.current().id();
        Optional<String> known = verified.owner(area, email, password);
        if (known.isPresent()) {
            return people.active(idOf(known.get()));
        }
        long mark = verified.mark();
        Optional<Person> person = checked(area, email, password);
        person.ifPresent(p -> verified.verified(area, email, password,
                AccessTokens.personKey(p.id()), mark));
        return person;
    }

    private Optional<Person> checked(String area, String email, String password) {
        throttle.checkAllowed(area, email);
        Optional<Person> person = directory.personByEmail(email).filter(Person::active);
        boolean ok = person.isPresent() ? credentials.check(person.get().id(), password)
                : credentials.check(-1, password);
        if (!ok) {
            throttle.failed(area, email);
            return Optional.empty();
        }
        throttle.succeeded(area, email);
        return person;
    }

    public Optional<Operator> operator(String email, String password) {
        Optional<String> known = verified.owner(OPERATOR_AREA, email, password);
        if (known.isPresent()) {
            return operators.find(idOf(known.get()));
        }
        long mark = verified.mark();
        throttle.checkAllowed(OPERATOR_AREA, email);
        Optional<Operator> operator = operators.authenticate(email, password);
        if (operator.isEmpty()) {
            throttle.failed(OPERATOR_AREA, email);
        } else {
            throttle.succeeded(OPERATOR_AREA, email);
            verified.verified(OPERATOR_AREA, email, password,
                    AccessTokens.ownerKey(TokenOwner.operator(operator.get().id())), mark);
        }
        return operator;
    }

    private static long idOf(String ownerKey) {
        return Long.parseLong(ownerKey.substring(ownerKey.indexOf(':') + 1));
    }
}
