package dev.annex.host.plugin.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks on a plugin's persistence.xml, made before anything of it is deployed. */
class PersistenceXmlTest {

    private static UnitDeclaration parse(String units) throws Exception {
        String xml = "<persistence xmlns=\"https://jakarta.ee/xml/ns/persistence\" version=\"3.0\">" + units
                + "</persistence>";
        return PersistenceXml.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theUnitsClassesAndMappingFilesAreRead() throws Exception {
        UnitDeclaration unit = parse("<persistence-unit name=\"hello\"><class> a.Note </class><class>a.Tag</class>"
                + "<mapping-file>orm.xml</mapping-file><exclude-unlisted-classes/></persistence-unit>");
        assertEquals("hello", unit.name());
        assertEquals(List.of("a.Note", "a.Tag"), unit.managedClasses());
        assertEquals(List.of("orm.xml"), unit.mappingFiles());
        assertTrue(unit.excludeUnlistedClasses(), "an empty <exclude-unlisted-classes/> means true");
        assertEquals("3.0", unit.schemaVersion());
    }

    @Test
    void unlistedClassesAreIncludedUnlessExcluded() throws Exception {
        assertFalse(parse("<persistence-unit name=\"u\"/>").excludeUnlistedClasses());
        assertFalse(parse("<persistence-unit name=\"u\"><exclude-unlisted-classes>false</exclude-unlisted-classes>"
                + "</persistence-unit>").excludeUnlistedClasses());
    }

    @Test
    void aPluginHasExactlyOneUnit() {
        PluginUnitException none = assertThrows(PluginUnitException.class, () -> parse(""));
        assertTrue(none.getMessage().contains("declares 0 persistence units"), none.getMessage());
        assertThrows(PluginUnitException.class,
                () -> parse("<persistence-unit name=\"a\"/><persistence-unit name=\"b\"/>"));
    }

    @Test
    void aUnitMayNotReachIntoAnotherJar() {
        PluginUnitException refused = assertThrows(PluginUnitException.class,
                () -> parse("<persistence-unit name=\"u\"><jar-file>../host.jar</jar-file></persistence-unit>"));
        assertTrue(refused.getMessage().contains("<jar-file>"), refused.getMessage());
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedSoNoEntityIsExpanded() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<persistence><persistence-unit name=\"&x;\"/></persistence>";
        PluginUnitException refused = assertThrows(PluginUnitException.class,
                () -> PersistenceXml.parse(new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8))));
        assertTrue(refused.getMessage().contains("is not valid XML"), refused.getMessage());
    }

    @Test
    void tablesArePrefixedWithThePluginIdInUpperCase() {
        assertEquals("ECHO_", PluginSchema.prefix("echo"));
        assertEquals("LINK_SHARE_", PluginSchema.prefix("link-share"));
    }
}
