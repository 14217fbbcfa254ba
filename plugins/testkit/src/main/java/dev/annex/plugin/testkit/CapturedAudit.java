package dev.annex.plugin.testkit;

import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.audit.AuditLog;
import java.util.ArrayList;
import java.util.List;

/** The audit entries a plugin recorded, in order. */
public final class CapturedAudit implements AuditLog {

    public record Entry(Tenant tenant, Long actorId, String action, String detail) {
    }

    private final List<Entry> entries = new ArrayList<>();

    @Override
    public void record(Tenant tenant, Long actorId, String action, String detail) {
        entries.add(new Entry(tenant, actorId, action, detail));
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    public List<Entry> withAction(String action) {
        return entries.stream().filter(e -> e.action().equals(action)).toList();
    }
}
