package dev.annex.plugins.reseller;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Totals of the customers below partners and distributors, for a whole page of them in one
 * grouped query each — over the customer rows alone, because each customer row carries its
 * site and asset counts (see {@link OrgNode}).
 */
final class Rollups {

    private static final String TOTALS = "COUNT(c), SUM(c.seats), SUM(c.siteCount), SUM(c.assetCount), MIN(c.expiresOn)";

    private final Hierarchy hierarchy;

    Rollups(Hierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    Map<Long, Views.Totals> perPartner(List<Long> partnerIds) {
        if (partnerIds.isEmpty()) {
            return Map.of();
        }
        return totals(hierarchy.em().createQuery("SELECT c.parentOrgId, " + TOTALS
                        + " FROM OrgNode c WHERE c.kind = :customer AND c.parentOrgId IN :ids GROUP BY c.parentOrgId",
                Object[].class).setParameter("customer", Kind.CUSTOMER).setParameter("ids", partnerIds).getResultList());
    }

    Map<Long, Views.Totals> perDistributor(List<Long> distributorIds) {
        if (distributorIds.isEmpty()) {
            return Map.of();
        }
        return totals(hierarchy.em().createQuery("SELECT p.parentOrgId, " + TOTALS
                        + " FROM OrgNode c, OrgNode p WHERE c.kind = :customer AND p.orgId = c.parentOrgId"
                        + " AND p.kind = :partner AND p.parentOrgId IN :ids GROUP BY p.parentOrgId", Object[].class)
                .setParameter("customer", Kind.CUSTOMER).setParameter("partner", Kind.PARTNER)
                .setParameter("ids", distributorIds).getResultList());
    }

    Map<Long, Long> partnersPerDistributor(List<Long> distributorIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!distributorIds.isEmpty()) {
            hierarchy.em().createQuery("SELECT p.parentOrgId, COUNT(p) FROM OrgNode p WHERE p.kind = :partner"
                            + " AND p.parentOrgId IN :ids GROUP BY p.parentOrgId", Object[].class)
                    .setParameter("partner", Kind.PARTNER).setParameter("ids", distributorIds).getResultList()
                    .forEach(r -> counts.put((Long) r[0], ((Number) r[1]).longValue()));
        }
        return counts;
    }

    private static Map<Long, Views.Totals> totals(List<Object[]> rows) {
        Map<Long, Views.Totals> totals = new HashMap<>();
        for (Object[] r : rows) {
            totals.put((Long) r[0], new Views.Totals(number(r[1]), number(r[2]), number(r[3]), number(r[4]), day(r[5])));
        }
        return totals;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** MIN over a date column comes back as the driver's type on some databases. */
    private static LocalDate day(Object value) {
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        return (LocalDate) value;
    }
}
