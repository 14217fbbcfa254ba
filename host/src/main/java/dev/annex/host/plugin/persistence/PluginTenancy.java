package dev.annex.host.plugin.persistence;

import dev.annex.host.tenant.TenantEntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.MultitenantPolicy;
import org.eclipse.persistence.descriptors.SingleTableMultitenantPolicy;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.sessions.Session;

/**
 * Every entity of a plugin is tenant-owned, by the host's rule rather than by a header each author
 * types: before a plugin's unit logs in, each entity without a tenancy of its own gets the host's —
 * a {@code TENANT_ID BIGINT NOT NULL} column, filled from the entity manager's tenant and added
 * to every query — and an entity that does declare one must still include the tenant in its
 * queries. {@link #unlike} then names the entities whose declared tenancy is not the host's, which
 * the host refuses (another column or context property would leave rows unscoped).
 * <p>
 * EclipseLink creates the customizer by its class name, hence the public no-argument class.
 */
public final class PluginTenancy implements SessionCustomizer {

    static final String COLUMN = "TENANT_ID";

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (descriptor.isAggregateDescriptor() || descriptor.isAggregateCollectionDescriptor()) {
                continue;
            }
            if (!descriptor.hasMultitenantPolicy()) {
                SingleTableMultitenantPolicy policy = new SingleTableMultitenantPolicy(descriptor);
                DatabaseField field = new DatabaseField(COLUMN);
                if (!descriptor.getTables().isEmpty()) {
                    field.setTable(descriptor.getTables().get(0));
                }
                field.setType(Long.class);
                field.setColumnDefinition("BIGINT NOT NULL");
                policy.addTenantDiscriminatorField(TenantEntityManager.TENANT_PROPERTY, field);
                descriptor.setMultitenantPolicy(policy);
            }
            if (descriptor.getMultitenantPolicy() instanceof SingleTableMultitenantPolicy policy) {
                // @Multitenant(includeCriteria = false) would read every tenant's rows.
                policy.setIncludeTenantCriteria(true);
            }
        }
        // What EclipseLink does for annotated multitenant entities: native SQL would bypass the tenant.
        session.getProject().setAllowNativeSQLQueries(false);
    }

    /** The entities whose tenancy is not the host's: another kind, column or context property. */
    static List<String> unlike(Map<Class<?>, ClassDescriptor> descriptors) {
        List<String> unlike = new ArrayList<>();
        for (ClassDescriptor descriptor : descriptors.values()) {
            if (descriptor.isAggregateDescriptor() || descriptor.isAggregateCollectionDescriptor()) {
                continue;
            }
            if (!isHosts(descriptor.getMultitenantPolicy())) {
                unlike.add(descriptor.getJavaClass() == null ? descriptor.getAlias()
                        : descriptor.getJavaClass().getSimpleName());
            }
        }
        unlike.sort(null);
        return unlike;
    }

    private static boolean isHosts(MultitenantPolicy policy) {
        if (policy == null || policy.getClass() != SingleTableMultitenantPolicy.class) {
            return false;
        }
        Map<DatabaseField, String> fields = ((SingleTableMultitenantPolicy) policy).getTenantDiscriminatorFields();
        return fields.size() == 1 && fields.entrySet().stream().allMatch(field ->
                field.getKey().getName().equalsIgnoreCase(COLUMN)
                        && field.getValue().equals(TenantEntityManager.TENANT_PROPERTY));
    }
}
