package dev.annex.host.plugin.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a plugin jar's migrations: only versioned SQL scripts, as text, directly in db/migration. */
class MigrationScriptsTest {

    @TempDir
    Path folder;

    private Path jar(Map<String, byte[]> entries) throws IOException {
        Path jar = folder.resolve("plugin-" + entries.hashCode() + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("db/"));
            zip.putNextEntry(new ZipEntry("db/migration/"));
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
            }
        }
        return jar;
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theScriptsAreReadInVersionOrderAndNothingElseOfTheJar() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("db/migration/V2__tags.sql", text("CREATE TABLE NOTES_TAG (ID BIGINT);"));
        entries.put("db/migration/V1__init.sql", text("CREATE TABLE NOTES_NOTE (ID BIGINT);"));
        entries.put("META-INF/persistence.xml", text("<persistence/>"));
        entries.put("db/other/V9__elsewhere.sql", text("DROP TABLE TICKET;"));
        MigrationScripts scripts = MigrationScripts.read(jar(entries));
        assertEquals(List.of("V1__init.sql", "V2__tags.sql"), scripts.scripts().stream().map(MigrationScripts.Script::name).toList());
        scripts.check("NOTES_");
    }

    @Test
    void aJarWithoutMigrationsHasNone() throws Exception {
        assertTrue(MigrationScripts.read(jar(Map.of("META-INF/MANIFEST.MF", text("x")))).isEmpty());
    }

    @Test
    void onlyVersionedSqlScriptsDirectlyInTheFolderAreAccepted() throws Exception {
        for (String name : List.of("R__repeatable.sql", "V1__init.txt", "beforeMigrate.sql", "V1__in it.sql",
                "V1.sql", "Vx__init.sql", "nested/V1__init.sql", "V1__init.class")) {
            PluginUnitException refused = assertThrows(PluginUnitException.class,
                    () -> MigrationScripts.read(jar(Map.of("db/migration/" + name, text("CREATE TABLE NOTES_A (ID INT);")))),
                    name);
            assertTrue(refused.getMessage().contains("db/migration/" + name), refused.getMessage());
        }
    }

    @Test
    void aScriptThatIsNotUtf8OrTooLargeIsRefused() throws Exception {
        PluginUnitException binary = assertThrows(PluginUnitException.class, () -> MigrationScripts.read(
                jar(Map.of("db/migration/V1__init.sql", new byte[] {(byte) 0xC3, (byte) 0x28}))));
        assertTrue(binary.getMessage().contains("not UTF-8"), binary.getMessage());
        PluginUnitException large = assertThrows(PluginUnitException.class, () -> MigrationScripts.read(
                jar(Map.of("db/migration/V1__init.sql", new byte[(1 << 20) + 1]))));
        assertTrue(large.getMessage().contains("larger than 1 MiB"), large.getMessage());
    }

    @Test
    void theCheckNamesTheScriptAndTheStatement() throws Exception {
        MigrationScripts scripts = MigrationScripts.read(jar(Map.of(
                "db/migration/V1__init.sql", text("CREATE TABLE NOTES_NOTE (ID BIGINT);"),
                "db/migration/V2__evil.sql", text("CREATE TABLE NOTES_TAG (ID BIGINT);\nDROP TABLE PERSON;"))));
        PluginUnitException refused = assertThrows(PluginUnitException.class, () -> scripts.check("NOTES_"));
        assertTrue(refused.getMessage().startsWith("its migration db/migration/V2__evil.sql may not run: statement 2"),
                refused.getMessage());
    }

    @Test
    void aPluginFolderInDevelopmentIsReadLikeItsJar() throws Exception {
        Path plugin = Files.createDirectories(folder.resolve("dev-plugin/db/migration"));
        Files.writeString(plugin.resolve("V1__init.sql"), "CREATE TABLE NOTES_NOTE (ID BIGINT);");
        assertEquals(1, MigrationScripts.read(folder.resolve("dev-plugin")).scripts().size());
    }
}
