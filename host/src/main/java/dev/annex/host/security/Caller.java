package dev.annex.host.security;

import dev.annex.host.helpdesk.Person;
import dev.annex.host.helpdesk.Role;
import dev.annex.host.refusal.Refusal;
import jakarta.enterprise.context.RequestScoped;

/** Who is calling in this request, as established by the sign-in of the request ({@link RequestSignIn}). */
@RequestScoped
public class Caller {

    private Person person;
    private Operator operator;
    /** The secret of the browser session the request came with, or null for a token or password. */
    private String session;
    /** What this request is counted against, once signed in. */
    private RequestQuotas.Quota quota;

    void signedIn(Person person, String session) {
        this.person = person;
        this.session = session;
    }

    void signedIn(Operator operator, String session) {
        this.operator = operator;
        this.session = session;
    }

    void countedAs(RequestQuotas.Quota quota) {
        this.quota = quota;
    }

    /** What this request counts against, for a signed-in caller. */
    public java.util.Optional<RequestQuotas.Quota> quota() {
        return java.util.Optional.ofNullable(quota);
    }

    /** Whether someone (a person or an operator) is signed in for this request. */
    public boolean isSignedIn() {
        return person != null || operator != null;
    }

    public Person person() {
        if (person == null) {
            throw Refusal.unauthenticated();
        }
        return person;
    }

    public Operator operator() {
        if (operator == null) {
            throw Refusal.unauthenticated();
        }
        return operator;
    }

    public boolean isAgent() {
        return person().role().isAgent();
    }

    public boolean usesCookieSession() {
        return session != null;
    }

    /** The browser session of this request, if it came with one: a password change keeps it. */
    public java.util.Optional<String> session() {
        return java.util.Optional.ofNullable(session);
    }
}
