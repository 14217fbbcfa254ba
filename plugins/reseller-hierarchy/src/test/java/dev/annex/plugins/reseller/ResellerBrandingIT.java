package dev.annex.plugins.reseller;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Seed 003's rebrand information on the host's per-organisation theming (plugin API 1.3.0): a
 * partner's admin gives a customer a display name, logo and accent colour; the customer's people
 * (and no one else) get it with {@code /me} and the logo from the host, as the image type its
 * bytes are; every rejected value is a 422 naming its field and changes nothing.
 */
class ResellerBrandingIT {

    static byte[] png(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x0b6e4f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static JsonObject brand(String name, String colour, byte[] logo, String type) {
        var body = Json.createObjectBuilder().add("displayName", name).add("accentColour", colour);
        if (logo != null) {
            body.add("logo", Base64.getEncoder().encodeToString(logo)).add("logoType", type);
        }
        return body.build();
    }

    private static HttpResponse<byte[]> raw(String path, String email, String ifNoneMatch) {
        var request = HttpRequest.newBuilder(URI.create(Api.baseUrl() + path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((email + ":" + TestTenant.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theCustomersPeopleSeeTheHelpDeskInTheBrandTheirPartnerGaveThem() {
        Resellers r = new Resellers("rh-brand");
        long acme = r.customer("pat", "Acme Brand");
        String carol = "carol@" + r.tenant.slug() + ".example";
        r.tenant.person(carol, "CONTACT", acme);
        byte[] logo = png(32);
        String branding = r.path("/customers/" + acme + "/branding");
        r.as("pat").get(branding).expectProblem(404);

        JsonObject saved = r.as("pat").put(branding, brand("Acme IT", "#0B6E4F", logo, "image/png")).expect(200).json();
        assertEquals("Acme IT", saved.getString("displayName"));
        assertEquals("#0b6e4f", saved.getString("accentColour"));
        assertTrue(saved.getBoolean("logo"));

        JsonObject seen = r.tenant.as(carol).get(r.tenant.path("/me")).expect(200).json().getJsonObject("brand");
        assertEquals("Acme IT", seen.getString("displayName"));
        assertEquals("#0b6e4f", seen.getString("accentColour"));
        String logoUrl = seen.getString("logoUrl");
        HttpResponse<byte[]> image = raw(logoUrl, carol, null);
        assertEquals(200, image.statusCode());
        assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", image.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertArrayEquals(logo, image.body());
        String etag = image.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, raw(logoUrl, carol, etag).statusCode());
        assertEquals(200, raw(logoUrl, r.tenant.adminEmail(), null).statusCode(), "the tenant's agents see it");

        // Nobody else is branded, nor reads the customer's logo.
        assertEquals(JsonValue.NULL, r.as("pat").get(r.tenant.path("/me")).expect(200).json().get("brand"));
        assertEquals(404, raw(logoUrl, r.email("pat"), null).statusCode());

        // A new logo changes the address; the name and colour alone keep the logo.
        r.as("pat").put(branding, brand("Acme Services", "#1d4ed8", null, null)).expect(200);
        JsonObject renamed = r.tenant.as(carol).get(r.tenant.path("/me")).expect(200).json().getJsonObject("brand");
        assertEquals("Acme Services", renamed.getString("displayName"));
        assertEquals(logoUrl, renamed.getString("logoUrl"));
        r.as("pat").put(branding, brand("Acme Services", "#1d4ed8", png(48), "image/png")).expect(200);
        assertFalse(logoUrl.equals(r.tenant.as(carol).get(r.tenant.path("/me")).expect(200).json()
                .getJsonObject("brand").getString("logoUrl")));

        r.as("pat").delete(branding).expect(204);
        assertEquals(JsonValue.NULL, r.tenant.as(carol).get(r.tenant.path("/me")).expect(200).json().get("brand"));
        r.as("pat").delete(branding).expectProblem(404);
    }

    @Test
    void everyRejectedValueNamesItsFieldAndChangesNothing() {
        Resellers r = new Resellers("rh-brand-bad");
        long acme = r.customer("pat", "Strict Brand");
        String branding = r.path("/customers/" + acme + "/branding");
        r.as("pat").put(branding, brand("Strict", "#0b6e4f", null, null)).expect(200);

        r.as("pat").put(branding, brand("Strict", "#ffff00", null, null)).expectProblem(422, "accentColour");
        r.as("pat").put(branding, brand("Strict", "red", null, null)).expectProblem(422, "accentColour");
        r.as("pat").put(branding, brand(" ", "#0b6e4f", null, null)).expectProblem(422, "displayName");
        r.as("pat").put(branding, brand("x".repeat(81), "#0b6e4f", null, null)).expectProblem(422, "displayName");
        r.as("pat").put(branding, brand("Strict", "#0b6e4f", "not an image".getBytes(StandardCharsets.UTF_8),
                "image/png")).expectProblem(422, "logo");
        r.as("pat").put(branding, brand("Strict", "#0b6e4f",
                "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8),
                "image/svg+xml")).expectProblem(422, "logo");
        r.as("pat").put(branding, brand("Strict", "#0b6e4f", png(8), "image/jpeg")).expectProblem(422, "logo");
        byte[] huge = new byte[256 * 1024 + 1];
        System.arraycopy(png(8), 0, huge, 0, 8);
        r.as("pat").put(branding, brand("Strict", "#0b6e4f", huge, "image/png")).expectProblem(422, "logo");
        r.as("pat").put(branding, "{\"displayName\":\"Strict\",\"accentColour\":\"#0b6e4f\",\"logo\":\"***\"}")
                .expectProblem(422, "logo");

        JsonObject unchanged = r.as("pat").get(branding).expect(200).json();
        assertEquals("Strict", unchanged.getString("displayName"));
        assertEquals("#0b6e4f", unchanged.getString("accentColour"));
        assertFalse(unchanged.getBoolean("logo"));
    }

    @Test
    void onlyThoseWhoMayChangeTheCustomerBrandIt() {
        Resellers r = new Resellers("rh-brand-who");
        long acme = r.customer("pat", "Guarded Brand");
        String branding = r.path("/customers/" + acme + "/branding");
        r.as("paco").put(branding, brand("Paco's", "#0b6e4f", null, null)).expectProblem(403);
        r.as("quinn").put(branding, brand("Quinn's", "#0b6e4f", null, null)).expectProblem(404);
        r.as("quinn").get(branding).expectProblem(404);
        TestTenant other = TestTenant.create("rh-brand-other");
        other.enable("reseller-hierarchy");
        other.admin().put(other.path(Resellers.PLUGIN + "/customers/" + acme + "/branding"), brand("Other", "#0b6e4f", null, null))
                .expectProblem(404);
        other.admin().get(other.path("/branding/" + acme + "/logo")).expectProblem(404);
        r.as("pat").get(branding).expectProblem(404);
        r.tenant.admin().put(branding, brand("By the tenant", "#0b6e4f", null, null)).expect(200);
    }
}
