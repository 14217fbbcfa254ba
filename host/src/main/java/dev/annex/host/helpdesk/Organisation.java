package dev.annex.host.helpdesk;

import java.time.Instant;

public record Organisation(long id, String name, String accountNumber, boolean active, Instant createdAt) {
}
