package it.dev.annex.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.host.helpdesk.Directory;
import dev.annex.host.helpdesk.Organisation;
import dev.annex.host.helpdesk.OrganisationChanges;
import dev.annex.host.page.PageRequest;
import dev.annex.host.helpdesk.builtin.OrganisationEntity;
import dev.annex.host.operator.TenantProvisioning;
import dev.annex.host.tenant.TenantContext;
import dev.annex.host.tenant.TenantEntityManager;
import dev.annex.host.tenant.TenantRef;
import jakarta.inject.Inject;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenant isolation below the HTTP layer, inside the server: the host's own data access (the
 * Directory port and the tenant-bound entity manager) never reaches a row of another tenant,
 * whatever id it is given.
 */
@ExtendWith(ArquillianExtension.class)
class TenantScopedDataArqIT {

    @Deployment
    static WebArchive deployment() {
        return InContainer.hostWith(TenantScopedDataArqIT.class, FreshRequest.class, RequestWork.class);
    }

    @Inject
    FreshRequest fresh;
    @Inject
    TenantProvisioning provisioning;
    @Inject
    Directory directory;
    @Inject
    TenantEntityManager entityManager;
    @Inject
    TenantContext tenantContext;

    @Test
    void anotherTenantsOrganisationIsInvisibleAndUntouchable() throws Exception {
        TenantRef tenantA = fresh.call(() -> newTenant("arq-a"));
        Organisation alpha = fresh.call(() -> {
            tenantContext.enter(tenantA);
            return directory.createOrganisation("Alpha Ltd", "SAME-001");
        });

        fresh.call(() -> {
            newTenant("arq-b");
            // The same account number is free in another tenant: uniqueness is per tenant.
            Organisation beta = directory.createOrganisation("Beta Ltd", "SAME-001");

            assertTrue(directory.organisation(alpha.id()).isEmpty(), "lookup by the other tenant's id");
            assertEquals(beta.id(), directory.organisationByAccountNumber("SAME-001").orElseThrow().id());
            assertEquals(List.of(beta.id()), directory.organisations(null, new PageRequest(0, 50)).items()
                    .stream().map(Organisation::id).toList());
            assertNull(entityManager.get().find(OrganisationEntity.class, alpha.id()), "find by primary key");
            assertEquals(0L, entityManager.get()
                    .createQuery("SELECT COUNT(o) FROM OrganisationEntity o WHERE o.id = :id", Long.class)
                    .setParameter("id", alpha.id()).getSingleResult(), "JPQL by primary key");
            assertThrows(NoSuchElementException.class, () -> directory.updateOrganisation(alpha.id(),
                    new OrganisationChanges("Taken over", null, null)));
            return null;
        });

        Organisation afterwards = fresh.call(() -> {
            tenantContext.enter(tenantA);
            return directory.organisation(alpha.id()).orElseThrow();
        });
        assertEquals("Alpha Ltd", afterwards.name(), "the other tenant's attempt changed nothing");
    }

    @Test
    void readingManyPeopleAtOnceLeavesOutAnotherTenantsIds() throws Exception {
        TenantRef tenantA = fresh.call(() -> newTenant("arq-pa"));
        long alice = fresh.call(() -> {
            tenantContext.enter(tenantA);
            return directory.personByEmail("admin@" + tenantA.slug() + ".example").orElseThrow().id();
        });

        fresh.call(() -> {
            TenantRef tenantB = newTenant("arq-pb");
            long bob = directory.personByEmail("admin@" + tenantB.slug() + ".example").orElseThrow().id();
            assertEquals(List.of(bob), directory.people(List.of(alice, bob, bob, -1L)).stream()
                    .map(dev.annex.host.helpdesk.Person::id).toList(), "only this tenant's person, once");
            assertEquals(List.of(), directory.people(List.of(alice)), "the other tenant's id alone");
            return null;
        });
    }

    private TenantRef newTenant(String prefix) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return provisioning.create(slug, slug, "admin@" + slug + ".example", "Admin", "password-1").ref();
    }
}
