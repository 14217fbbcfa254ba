package dev.annex.plugin.testkit;

import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.mail.Mail;
import dev.annex.plugin.api.mail.Outbox;
import java.util.ArrayList;
import java.util.List;

/** The mails a plugin queued, in order, instead of sending them. */
public final class CapturedOutbox implements Outbox {

    /** One queued mail and the tenant it was queued for. */
    public record Queued(Tenant tenant, Mail mail) {
    }

    private final List<Queued> queued = new ArrayList<>();

    @Override
    public void queue(Tenant tenant, Mail mail) {
        queued.add(new Queued(tenant, mail));
    }

    public List<Mail> mails() {
        return queued.stream().map(Queued::mail).toList();
    }

    public List<Mail> to(String address) {
        return mails().stream().filter(m -> m.to().equalsIgnoreCase(address)).toList();
    }

    public List<Queued> queued() {
        return List.copyOf(queued);
    }

    public void clear() {
        queued.clear();
    }
}
