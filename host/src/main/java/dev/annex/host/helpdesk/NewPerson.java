package dev.annex.host.helpdesk;

public record NewPerson(String email, String displayName, Role role, Long organisationId) {
}
