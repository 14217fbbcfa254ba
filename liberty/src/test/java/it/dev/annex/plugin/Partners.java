package it.dev.annex.plugin;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Reply;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * A tenant with partner-links and case-sharing on, a partner organisation (Northwind, admin
 * Nora, contact Paul) and a customer (Acme, admins Ada and Alan, contact Carl), for the ITs of
 * both plugins. Emails are unique per tenant, so GreenMail's inbox tells tenants apart.
 */
final class Partners {

    static final String LINKS = "/plugins/partner-links";
    static final String SHARING = "/plugins/case-sharing";

    final TestTenant tenant;
    final long partner;
    final long customer;
    final long nora;
    final long paul;
    final long ada;
    final long carl;

    Partners(String prefix) {
        this(TestTenant.create(prefix));
    }

    /** The partner and customer on this (new) tenant: on the built-in help desk or on RT. */
    Partners(TestTenant tenant) {
        this.tenant = tenant;
        PluginRuntimeIT.enable(tenant, "partner-links");
        PluginRuntimeIT.enable(tenant, "case-sharing");
        partner = tenant.organisation("Northwind Partners", "NW-100");
        customer = tenant.organisation("Acme Corporation", "ACME-200");
        nora = tenant.person(email("nora"), "ORGANISATION_ADMIN", partner);
        paul = tenant.person(email("paul"), "CONTACT", partner);
        ada = tenant.person(email("ada"), "ORGANISATION_ADMIN", customer);
        tenant.person(email("alan"), "ORGANISATION_ADMIN", customer);
        carl = tenant.person(email("carl"), "CONTACT", customer);
    }

    String email(String name) {
        return name + "@" + tenant.slug() + ".example";
    }

    Api as(String name) {
        return tenant.as(email(name));
    }

    String path(String rest) {
        return tenant.path(rest);
    }

    /** Nora's new link: the created request with its secret. */
    JsonObject newLink(String name) {
        return as("nora").post(path(LINKS + "/requests"), Json.createObjectBuilder().add("name", name).build())
                .expect(201).json();
    }

    static String secretOf(JsonObject created) {
        return created.getString("secret");
    }

    Reply open(Api who, String secret) {
        return who.post(path(LINKS + "/invitation/open"), Json.createObjectBuilder().add("secret", secret).build());
    }

    Reply accept(Api who, String secret, String level) {
        String version = open(who, secret).expect(200).json().getString("termsVersion");
        return who.post(path(LINKS + "/invitation/accept"), Json.createObjectBuilder().add("secret", secret)
                .add("level", level).add("termsVersion", version).build());
    }

    /** A partnership between Northwind and Acme at this level, made the way people make it. */
    long partnership(String level) {
        return accept(as("ada"), secretOf(newLink("Acme " + level)), level).expect(201).id();
    }

    /** Another partner organisation with its admin, in partnership with Acme at this level. */
    long otherPartner(String name, String admin, String level) {
        long organisation = tenant.organisation(name, name.toUpperCase().replace(' ', '-'));
        tenant.person(email(admin), "ORGANISATION_ADMIN", organisation);
        JsonObject created = as(admin).post(path(LINKS + "/requests"), Json.createObjectBuilder().add("name", "For Acme")
                .build()).expect(201).json();
        accept(as("ada"), secretOf(created), level).expect(201);
        return organisation;
    }

    JsonObject panel(Api who, long ticket) {
        return who.get(path(SHARING + "/tickets/" + ticket + "/share")).expect(200).json();
    }

    Reply share(Api who, long ticket, long partnerId) {
        String version = panel(who, ticket).getString("termsVersion");
        return who.put(path(SHARING + "/tickets/" + ticket + "/share"), Json.createObjectBuilder()
                .add("partnerId", partnerId).add("termsVersion", version).build());
    }
}
