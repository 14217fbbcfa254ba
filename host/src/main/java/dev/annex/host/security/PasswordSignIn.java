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
 */
@ApplicationScoped
public class PasswordSignIn {

    private static final String OPERATOR_AREA = "operator";

    private final TenantContext tenantContext;
    private final Directory directory;
    private final Credentials credentials;
    private final OperatorAccounts operators;
    private final LoginThrottle throttle;

    @Inject
    public PasswordSignIn(TenantContext tenantContext, Directory directory, Credentials credentials,
                          OperatorAccounts operators, LoginThrottle throttle) {
        this.tenantContext = tenantContext;
        this.directory = directory;
        this.credentials = credentials;
        this.operators = operators;
        this.throttle = throttle;
    }

    protected PasswordSignIn() {
        this(null, null, null, null, null);
    }

    /** The current tenant's active person with these credentials. */
    public Optional<Person> person(String email, String password) {
        String area = "tenant:" + tenantContext.current().id();
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
        throttle.checkAllowed(OPERATOR_AREA, email);
        Optional<Operator> operator = operators.authenticate(email, password);
        if (operator.isEmpty()) {
            throttle.failed(OPERATOR_AREA, email);
        } else {
            throttle.succeeded(OPERATOR_AREA, email);
        }
        return operator;
    }
}
