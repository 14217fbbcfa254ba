package dev.annex.host.branding;

import dev.annex.host.helpdesk.Directory;
import dev.annex.host.refusal.Refusal;
import dev.annex.host.security.Sha256;
import dev.annex.host.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The current tenant's organisation brands. Every value is checked here, whoever sets it, so what
 * the UI applies is always a plain name, a colour it can put in a design token and an image it can
 * serve as what its bytes say it is.
 */
@ApplicationScoped
@Transactional
public class Brands {

    public static final int MAX_NAME = 80;
    public static final int MAX_LOGO_BYTES = 256 * 1024;
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    /** WCAG AA for normal text: the accent carries white text on buttons. */
    static final double MIN_CONTRAST_WITH_WHITE = 4.5;

    /** What the UI needs to theme a page; {@code logoVersion} changes with the logo (null: none). */
    public record Summary(long organisationId, String displayName, String accentColour, String logoVersion) {
    }

    public record Logo(String mediaType, byte[] bytes, String version) {
    }

    private final TenantEntityManager entityManager;
    private final Directory directory;
    private final Clock clock;

    @Inject
    public Brands(TenantEntityManager entityManager, Directory directory, Clock clock) {
        this.entityManager = entityManager;
        this.directory = directory;
        this.clock = clock;
    }

    protected Brands() {
        this(null, null, null);
    }

    /**
     * @param logoType the media type the caller claims for {@code logo}, checked against its bytes
     * @param by       {@code plugin:<id>} or {@code person:<id>}
     */
    public void set(long organisationId, String displayName, String accentColour, String logoType, byte[] logo, String by) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw Refusal.invalid("displayName", "must hold 1 to " + MAX_NAME + " characters on one line");
        }
        String colour = accentColour == null ? "" : accentColour.strip();
        if (!COLOUR.matcher(colour).matches()) {
            throw Refusal.invalid("accentColour", "must be a colour as #rrggbb");
        }
        double contrast = contrastWithWhite(colour);
        if (contrast < MIN_CONTRAST_WITH_WHITE) {
            throw Refusal.invalid("accentColour", String.format(java.util.Locale.ROOT,
                    "is too light for the white text on buttons (contrast %.1f:1, at least %.1f:1)", contrast,
                    MIN_CONTRAST_WITH_WHITE));
        }
        String type = null;
        if (logo != null) {
            if (logo.length == 0 || logo.length > MAX_LOGO_BYTES) {
                throw Refusal.invalid("logo", "must be an image of at most " + MAX_LOGO_BYTES / 1024 + " KiB");
            }
            type = ImageTypes.of(logo).orElseThrow(() -> Refusal.invalid("logo", "must be a PNG, JPEG or WebP image"));
            if (logoType != null && !logoType.equalsIgnoreCase(type)) {
                throw Refusal.invalid("logo", "is " + type + ", not the " + logoType + " it was sent as");
            }
        }
        directory.organisation(organisationId).orElseThrow(() -> Refusal.notFound("organisation", organisationId));
        EntityManager em = entityManager.get();
        BrandEntity brand = find(em, organisationId).orElseGet(BrandEntity::new);
        brand.organisationId = organisationId;
        brand.displayName = name;
        brand.accentColour = colour.toLowerCase(java.util.Locale.ROOT);
        brand.logoType = type;
        brand.logo = logo == null ? null : logo.clone();
        brand.logoSha256 = logo == null ? null : Sha256.hex(logo);
        brand.updatedAt = Instant.now(clock);
        brand.updatedBy = by;
        if (brand.id == null) {
            em.persist(brand);
        }
        em.flush();
    }

    /** Without the logo's bytes: one small row. */
    public Optional<Summary> summary(long organisationId) {
        return entityManager.get().createQuery("SELECT b.displayName, b.accentColour, b.logoSha256 FROM BrandEntity b"
                        + " WHERE b.organisationId = :org", Object[].class)
                .setParameter("org", organisationId).getResultStream().findFirst()
                .map(row -> new Summary(organisationId, (String) row[0], (String) row[1], (String) row[2]));
    }

    public Optional<Logo> logo(long organisationId) {
        return find(entityManager.get(), organisationId).filter(b -> b.logo != null)
                .map(b -> new Logo(b.logoType, b.logo.clone(), b.logoSha256));
    }

    public boolean clear(long organisationId) {
        return entityManager.get().createQuery("DELETE FROM BrandEntity b WHERE b.organisationId = :org")
                .setParameter("org", organisationId).executeUpdate() > 0;
    }

    private static Optional<BrandEntity> find(EntityManager em, long organisationId) {
        return em.createQuery("SELECT b FROM BrandEntity b WHERE b.organisationId = :org", BrandEntity.class)
                .setParameter("org", organisationId).getResultStream().findFirst();
    }

    /** WCAG 2's contrast ratio of the colour with white. */
    static double contrastWithWhite(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        double luminance = 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
        return 1.05 / (luminance + 0.05);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
