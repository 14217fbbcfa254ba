package dev.annex.host.security;

import dev.annex.host.helpdesk.Person;
import dev.annex.host.helpdesk.Role;
import dev.annex.host.operator.Operator;
import dev.annex.host.web.problem.Problems;
import jakarta.enterprise.context.RequestScoped;

/** Who is calling in this request, as established by {@link AuthenticationFilter}. */
@RequestScoped
public class Caller {

    private Person person;
    private Operator operator;
    private boolean cookieSession;

    void signedIn(Person person, boolean cookieSession) {
        this.person = person;
        this.cookieSession = cookieSession;
    }

    void signedIn(Operator operator, boolean cookieSession) {
        this.operator = operator;
        this.cookieSession = cookieSession;
    }

    public Person person() {
        if (person == null) {
            throw Problems.unauthorized();
        }
        return person;
    }

    public Operator operator() {
        if (operator == null) {
            throw Problems.unauthorized();
        }
        return operator;
    }

    public boolean isAgent() {
        return person().role().isAgent();
    }

    public void requireAgent() {
        if (!isAgent()) {
            throw Problems.forbidden("Only the help desk's agents may do this.");
        }
    }

    public void requireTenantAdmin() {
        if (person().role() != Role.TENANT_ADMIN) {
            throw Problems.forbidden("Only the tenant's administrators may do this.");
        }
    }

    public boolean usesCookieSession() {
        return cookieSession;
    }
}
