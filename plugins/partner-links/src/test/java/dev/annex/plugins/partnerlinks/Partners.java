package dev.annex.plugins.partnerlinks;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Reply;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * A tenant with partner-links on, a partner organisation (Northwind, admin Nora, contact Paul) and
 * a customer (Acme, admins Ada and Alan, contact Carl): the fixture of this plugin's suites, and of
 * the plugins and host tests built on partnerships (published in this module's test jar). Emails
 * are unique per tenant, so the mailbox tells tenants apart.
 */
public final class Partners {

    public static final String LINKS = "/plugins/partner-links";

    public final TestTenant tenant;
    public final long partner;
    public final long customer;
    public final long nora;
    public final long paul;
    public final long ada;
    public final long carl;

    public Partners(String prefix) {
        this(TestTenant.create(prefix));
    }

    /** The partner and customer on this (new) tenant: on the built-in help desk or on RT. */
    public Partners(TestTenant tenant) {
        this.tenant = tenant;
        tenant.enable("partner-links");
        partner = tenant.organisation("Northwind Partners", "NW-100");
        customer = tenant.organisation("Acme Corporation", "ACME-200");
        nora = tenant.person(email("nora"), "ORGANISATION_ADMIN", partner);
        paul = tenant.person(email("paul"), "CONTACT", partner);
        ada = tenant.person(email("ada"), "ORGANISATION_ADMIN", customer);
        tenant.person(email("alan"), "ORGANISATION_ADMIN", customer);
        carl = tenant.person(email("carl"), "CONTACT", customer);
    }

    public String email(String name) {
        return name + "@" + tenant.slug() + ".example";
    }

    public Api as(String name) {
        return tenant.as(email(name));
    }

    public String path(String rest) {
        return tenant.path(rest);
    }

    /** Nora's new link: the created request with its secret. */
    public JsonObject newLink(String name) {
        return as("nora").post(path(LINKS + "/requests"), Json.createObjectBuilder().add("name", name).build())
                .expect(201).json();
    }

    public static String secretOf(JsonObject created) {
        return created.getString("secret");
    }

    public Reply open(Api who, String secret) {
        return who.post(path(LINKS + "/invitation/open"), Json.createObjectBuilder().add("secret", secret).build());
    }

    public Reply accept(Api who, String secret, String level) {
        String version = open(who, secret).expect(200).json().getString("termsVersion");
        return who.post(path(LINKS + "/invitation/accept"), Json.createObjectBuilder().add("secret", secret)
                .add("level", level).add("termsVersion", version).build());
    }

    /** A partnership between Northwind and Acme at this level, made the way people make it. */
    public long partnership(String level) {
        return accept(as("ada"), secretOf(newLink("Acme " + level)), level).expect(201).id();
    }

    /** Another partner organisation with its admin, in partnership with Acme at this level. */
    public long otherPartner(String name, String admin, String level) {
        long organisation = tenant.organisation(name, name.toUpperCase().replace(' ', '-'));
        tenant.person(email(admin), "ORGANISATION_ADMIN", organisation);
        JsonObject created = as(admin).post(path(LINKS + "/requests"), Json.createObjectBuilder().add("name", "For Acme")
                .build()).expect(201).json();
        accept(as("ada"), secretOf(created), level).expect(201);
        return organisation;
    }
}
