package dev.annex.host.helpdesk.rt.settings;

import dev.annex.host.helpdesk.HelpDeskChoice;
import dev.annex.host.helpdesk.HelpDeskChoiceRequest;
import dev.annex.host.helpdesk.HelpDeskChoices;
import dev.annex.host.helpdesk.rt.config.CheckedConnection;
import dev.annex.host.helpdesk.rt.config.ConnectionCheck;
import dev.annex.host.helpdesk.rt.config.InvalidRtSettingException;
import dev.annex.host.helpdesk.rt.config.RtSettings;
import dev.annex.host.helpdesk.rt.feed.FeedPosition;
import dev.annex.host.helpdesk.rt.store.RtFeedPoller;
import dev.annex.host.helpdesk.rt.store.RtInitialImport;
import dev.annex.host.helpdesk.rt.store.RtTicketStore;
import dev.annex.host.helpdesk.rt.sync.OrganisationRule;
import dev.annex.host.refusal.Refusal;
import dev.annex.host.tenant.TenantContext;
import dev.annex.host.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The per-tenant choice of help desk, with Request Tracker as the other help desk: an RT choice is
 * checked against RT itself ({@link ConnectionCheck}: the address answers as RT 5's REST 2, the
 * token signs in, every queue exists) before it is saved, and RT's refusal is the operator's 422.
 */
@ApplicationScoped
@Transactional
public class RtHelpDeskChoices implements HelpDeskChoices {

    /** An operator waits for the check: a slow RT is refused after this, not waited for. */
    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(15);

    private final TenantEntityManager entityManager;
    private final TenantContext tenantContext;
    private final Clock clock;

    @Inject
    public RtHelpDeskChoices(TenantEntityManager entityManager, TenantContext tenantContext, Clock clock) {
        this.entityManager = entityManager;
        this.tenantContext = tenantContext;
        this.clock = clock;
    }

    protected RtHelpDeskChoices() {
        this(null, null, null);
    }

    @Override
    public HelpDeskChoice current() {
        EntityManager em = entityManager.get();
        return stored(em).map(entity -> view(em, tenantContext.current().id(), entity)).orElseGet(() -> HelpDeskChoice.builtIn(null));
    }

    @Override
    public HelpDeskChoice choose(HelpDeskChoiceRequest request) {
        String kind = request.kind() == null ? "" : request.kind().strip().toUpperCase(Locale.ROOT);
        EntityManager em = entityManager.get();
        TenantHelpDeskEntity entity = stored(em).orElseGet(TenantHelpDeskEntity::new);
        switch (kind) {
            case HelpDeskChoice.BUILT_IN -> {
                entity.baseUrl = null;
                entity.token = null;
                entity.queues = null;
                entity.queueIds = null;
                entity.organisations = null;
                entity.statusMap = null;
                entity.version = null;
            }
            case HelpDeskChoice.RT -> {
                String queuesBefore = HelpDeskChoice.RT.equals(entity.kind) ? entity.queueIds : null;
                CheckedConnection checked = checkInto(entity, request);
                RtTicketStore.readyNumbers(em, tenantContext.current().id());
                RtFeedPoller.startAt(em, tenantContext.current().id(), FeedPosition.after(checked.newestTransaction()),
                        Instant.now(clock));
                // The tickets RT already holds in these queues are imported by the feed's schedule.
                RtInitialImport.ready(em, tenantContext.current().id(), Instant.now(clock),
                        !entity.queueIds.equals(queuesBefore));
            }
            default -> throw Refusal.invalid("kind", "must be " + HelpDeskChoice.BUILT_IN + " or " + HelpDeskChoice.RT);
        }
        entity.kind = kind;
        entity.updatedAt = Instant.now(clock);
        if (entity.id == null) {
            em.persist(entity);
        }
        em.flush();
        return view(em, tenantContext.current().id(), entity);
    }

    /**
     * The RT connection checked against RT. A token left out keeps the one stored (write-only, the
     * operator cannot read it back to send it again).
     */
    private static CheckedConnection checkInto(TenantHelpDeskEntity entity, HelpDeskChoiceRequest request) {
        String token = request.token() == null || request.token().isBlank() ? entity.token : request.token().strip();
        List<String> queues = request.queues() == null ? List.of()
                : request.queues().stream().filter(q -> q != null && !q.isBlank()).map(String::strip).toList();
        OrganisationRule organisations;
        try {
            organisations = OrganisationRule.valueOf(request.organisations() == null ? ""
                    : request.organisations().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("organisations", "must be ORGANIZATION_FIELD or GROUP");
        }
        CheckedConnection checked;
        try {
            checked = new ConnectionCheck(CHECK_TIMEOUT).check(new RtSettings(request.baseUrl(), token,
                    queues, organisations, request.statusMap()));
        } catch (InvalidRtSettingException e) {
            throw Refusal.invalid(e.field(), e.getMessage());
        }
        entity.baseUrl = checked.endpoint().baseUrl().toString();
        entity.token = token;
        entity.queues = String.join("\n", queues);
        entity.queueIds = checked.rules().queueIds().stream().sorted().map(String::valueOf)
                .collect(Collectors.joining(","));
        entity.organisations = organisations.name();
        entity.statusMap = request.statusMap() == null ? "" : request.statusMap();
        entity.version = checked.rtVersion();
        return checked;
    }

    static Optional<TenantHelpDeskEntity> stored(EntityManager em) {
        return em.createQuery("SELECT h FROM TenantHelpDeskEntity h", TenantHelpDeskEntity.class)
                .getResultStream().findFirst();
    }

    private static HelpDeskChoice view(EntityManager em, long tenantId, TenantHelpDeskEntity entity) {
        if (!HelpDeskChoice.RT.equals(entity.kind)) {
            return HelpDeskChoice.builtIn(entity.updatedAt);
        }
        List<String> queues = entity.queues == null || entity.queues.isEmpty() ? List.of()
                : Arrays.asList(entity.queues.split("\n"));
        return new HelpDeskChoice(entity.kind, entity.baseUrl, entity.token != null, queues, entity.organisations,
                entity.statusMap, entity.version, entity.updatedAt,
                RtInitialImport.progress(em, tenantId).orElse(null));
    }
}
