package dev.annex.plugins.reseller;

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.Tenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Customer rows as the API shows them, with their SKUs read for all rows in one query. */
final class CustomerViews {

    private final Hierarchy hierarchy;
    private final PluginContext plugin;
    private final Tenant tenant;

    CustomerViews(Hierarchy hierarchy, PluginContext plugin, Tenant tenant) {
        this.hierarchy = hierarchy;
        this.plugin = plugin;
        this.tenant = tenant;
    }

    /** Rows of (customer, partner name); SKUs and activation links of all rows read at once. */
    List<Views.Customer> of(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(row -> ((OrgNode) row[0]).orgId).toList();
        Map<Long, List<Views.Sku>> skus = hierarchy.em()
                .createQuery("SELECT s FROM SkuRow s WHERE s.customerOrgId IN :ids ORDER BY s.sku", SkuRow.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.groupingBy(s -> s.customerOrgId,
                        Collectors.mapping(s -> new Views.Sku(s.sku, s.quantity), Collectors.toList())));
        Map<String, Views.Activation> activations = plugin.invitations().find(tenant,
                        rows.stream().map(row -> ((OrgNode) row[0]).email).filter(Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(i -> i.email(),
                        i -> new Views.Activation(i.state().name(), i.sentAt(), i.expiresAt()), (a, b) -> a));
        List<Views.Customer> views = new ArrayList<>();
        for (Object[] row : rows) {
            OrgNode c = (OrgNode) row[0];
            views.add(new Views.Customer(c.orgId, c.name, c.email, c.parentOrgId, (String) row[1], c.seats,
                    c.expiresOn, skus.getOrDefault(c.orgId, List.of()), c.siteCount, c.assetCount,
                    c.email == null ? null : activations.get(c.email.toLowerCase(Locale.ROOT))));
        }
        return views;
    }
}
