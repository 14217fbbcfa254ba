package dev.annex.plugin.api.mail;

import dev.annex.plugin.api.Tenant;

/**
 * Queues mail in the host's outbox, in the caller's transaction: mail of a change that rolls back
 * is never sent. A worker sends it through SMTP and retries failures with backoff.
 *
 * <pre>{@code
 * context.outbox().queue(tenant, new Mail(person.email(), "Ticket #42 was updated", text));
 * }</pre>
 *
 * @since 1.0.0
 */
public interface Outbox {

    void queue(Tenant tenant, Mail mail);
}
