package dev.annex.plugins.reseller;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Reply;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * A tenant with reseller-hierarchy on and a tree placed by its admin: distributor Dunmore (admin
 * Dora) with partners Northwind (admin Pat, contact Paco, a portal Viewer) and Oakfield (admin
 * Quinn), and partner Riverside (admin Rita) directly under the tenant. Organisation admins are
 * their organisation's first portal Admins.
 */
public final class Resellers {

    public static final String PLUGIN = "/plugins/reseller-hierarchy";

    public final TestTenant tenant;
    public final long dunmore;
    public final long northwind;
    public final long oakfield;
    public final long riverside;

    public Resellers(String prefix) {
        this(TestTenant.create(prefix));
    }

    /** The tree on this (new) tenant: on the built-in help desk or on RT. */
    public Resellers(TestTenant tenant) {
        this.tenant = tenant;
        tenant.enable("reseller-hierarchy");
        dunmore = tenant.organisation("Dunmore Distribution", "DUN-1");
        northwind = tenant.organisation("Northwind Partners", "NW-1");
        oakfield = tenant.organisation("Oakfield IT", "OAK-1");
        riverside = tenant.organisation("Riverside Systems", "RIV-1");
        place(dunmore, "DISTRIBUTOR", null).expect(201);
        place(northwind, "PARTNER", dunmore).expect(201);
        place(oakfield, "PARTNER", dunmore).expect(201);
        place(riverside, "PARTNER", null).expect(201);
        tenant.person(email("dora"), "ORGANISATION_ADMIN", dunmore);
        tenant.person(email("pat"), "ORGANISATION_ADMIN", northwind);
        long paco = tenant.person(email("paco"), "CONTACT", northwind);
        tenant.person(email("quinn"), "ORGANISATION_ADMIN", oakfield);
        tenant.person(email("rita"), "ORGANISATION_ADMIN", riverside);
        // Pat, Northwind's organisation admin, is its first portal Admin; Paco opens the portal
        // (pending) and Pat makes him a Viewer.
        as("pat").get(path("/me")).expect(200);
        as("paco").get(path("/me")).expect(200);
        as("pat").put(path("/operators/" + paco), "{\"role\":\"VIEWER\"}").expect(200);
    }

    public String email(String name) {
        return name + "@" + tenant.slug() + ".example";
    }

    public Api as(String name) {
        return tenant.as(email(name));
    }

    public String path(String rest) {
        return tenant.path(PLUGIN + rest);
    }

    public Reply place(long orgId, String kind, Long parentId) {
        var body = Json.createObjectBuilder();
        if (kind != null) {
            body.add("kind", kind);
        }
        if (parentId != null) {
            body.add("parentId", parentId);
        }
        return tenant.admin().put(path("/organisations/" + orgId), body.build());
    }

    /** A customer added by a partner's admin through the wizard's endpoint. */
    public long customer(String admin, String name) {
        return as(admin).post(path("/customers"), Json.createObjectBuilder().add("name", name)
                .add("email", "admin@" + name.toLowerCase().replaceAll("[^a-z]", "") + ".example").build())
                .expect(201).id();
    }

    public JsonObject customers(Api who, String query) {
        return who.get(path("/customers" + query)).expect(200).json();
    }
}
