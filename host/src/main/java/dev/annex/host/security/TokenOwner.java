package dev.annex.host.security;

/** Whom a token signs in: a tenant's person, or an operator (tenant and person null). */
public record TokenOwner(Long tenantId, Long personId, Long operatorId) {

    public static TokenOwner person(long tenantId, long personId) {
        return new TokenOwner(tenantId, personId, null);
    }

    public static TokenOwner operator(long operatorId) {
        return new TokenOwner(null, null, operatorId);
    }
}
