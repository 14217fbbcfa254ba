package dev.annex.host.tenant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TenantSlugTest {

    @Test
    void slugsAreLowerCaseLettersDigitsAndInnerDashesUpToFortyCharacters() {
        assertTrue(TenantSlug.isValid("demo"));
        assertTrue(TenantSlug.isValid("acme-2"));
        assertTrue(TenantSlug.isValid("a".repeat(40)));
        assertFalse(TenantSlug.isValid("a".repeat(41)));
        assertFalse(TenantSlug.isValid("-acme"));
        assertFalse(TenantSlug.isValid("acme-"));
        assertFalse(TenantSlug.isValid("Acme"));
        assertFalse(TenantSlug.isValid("ac me"));
        assertFalse(TenantSlug.isValid("../etc"));
        assertFalse(TenantSlug.isValid(null));
    }

    /** The browser routes by the slug too; its copy must be this one, character for character. */
    @Test
    void theWebUiRoutesByTheSamePattern() throws IOException {
        String main = Files.readString(Path.of("src/main/webapp/app/main.js"));
        assertTrue(main.contains("const TENANT_SLUG = '" + TenantSlug.PATTERN + "';"),
                "app/main.js must define TENANT_SLUG as " + TenantSlug.PATTERN);
    }
}
