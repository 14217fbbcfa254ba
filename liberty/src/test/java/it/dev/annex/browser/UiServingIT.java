package it.dev.annex.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Reply;
import org.junit.jupiter.api.Test;

/** How the host serves the UI: client-side routes answer the page, with security headers. */
class UiServingIT {

    private static void assertSecurityHeaders(Reply reply) {
        String csp = reply.header("Content-Security-Policy");
        assertTrue(csp != null && csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), "CSP: " + csp);
        assertEquals("nosniff", reply.header("X-Content-Type-Options"));
        assertEquals("same-origin", reply.header("Referrer-Policy"));
    }

    @Test
    void everyRouteOfATenantAnswersThePageWithSecurityHeaders() {
        for (String path : new String[] {"/t/demo/", "/t/demo/tickets/1", "/t/demo/tickets/new", "/operator/"}) {
            Reply reply = Api.anonymous().get(path).expect(200);
            assertTrue(reply.header("Content-Type").startsWith("text/html"), path);
            assertTrue(reply.body().contains("/app/main.js"), path);
            assertTrue(!reply.body().contains("<script>") && !reply.body().contains("style="), "no inline code in " + path);
            assertSecurityHeaders(reply);
        }
    }

    @Test
    void modulesAreServedAsJavaScriptAndTheApiCarriesTheHeadersToo() {
        Reply module = Api.anonymous().get("/app/main.js").expect(200);
        assertTrue(module.header("Content-Type").contains("javascript"), module.header("Content-Type"));
        assertSecurityHeaders(module);
        assertSecurityHeaders(Api.anonymous().get("/api/t/demo/me"));
    }

    @Test
    void aTenantPathWithoutTheSlashIsRedirected() {
        Reply reply = Api.anonymous().get("/t/demo");
        assertEquals(302, reply.status());
        assertTrue(reply.header("Location").endsWith("/t/demo/"), reply.header("Location"));
    }
}
