package dev.annex.host.plugin.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The versioned SQL migrations a plugin ships in its jar's {@code db/migration/} folder, read and
 * checked before any of them runs. Only versioned SQL scripts are taken — no Java migrations, no
 * callbacks, no repeatable scripts — so what runs is exactly what {@link MigrationStatements}
 * checked.
 */
final class MigrationScripts {

    static final String FOLDER = "db/migration/";
    private static final Pattern NAME = Pattern.compile("V[0-9]{1,9}(?:[._][0-9]{1,9}){0,3}__[A-Za-z0-9_]{1,100}\\.sql");
    private static final int MAX_SCRIPTS = 500;
    private static final int MAX_SCRIPT_BYTES = 1 << 20;

    /** One script: its file name and text. */
    record Script(String name, String sql) {
    }

    private final List<Script> scripts;

    private MigrationScripts(List<Script> scripts) {
        this.scripts = List.copyOf(scripts);
    }

    static MigrationScripts of(List<Script> scripts) {
        return new MigrationScripts(scripts);
    }

    /** The scripts of a plugin jar, or of a plugin folder in development. */
    static MigrationScripts read(Path plugin) throws PluginUnitException {
        List<Script> scripts = new ArrayList<>();
        try {
            if (Files.isDirectory(plugin)) {
                readFolder(plugin.resolve(FOLDER), scripts);
            } else {
                readJar(plugin, scripts);
            }
        } catch (IOException e) {
            throw new PluginUnitException("its migrations cannot be read: " + e.getMessage(), e);
        }
        scripts.sort(Comparator.comparing(Script::name));
        return new MigrationScripts(scripts);
    }

    boolean isEmpty() {
        return scripts.isEmpty();
    }

    List<Script> scripts() {
        return scripts;
    }

    /** @throws PluginUnitException naming the first script and statement that may not run */
    void check(String prefix) throws PluginUnitException {
        MigrationStatements statements = new MigrationStatements(prefix);
        for (Script script : scripts) {
            List<String> problems = statements.problems(script.sql());
            if (!problems.isEmpty()) {
                throw new PluginUnitException("its migration " + FOLDER + script.name() + " may not run: "
                        + String.join("; ", problems.subList(0, Math.min(3, problems.size()))));
            }
        }
    }

    /** Writes the checked scripts into an empty folder, for Flyway to read from there and nowhere else. */
    void writeTo(Path folder) throws IOException {
        for (Script script : scripts) {
            Files.writeString(folder.resolve(script.name()), script.sql(), StandardCharsets.UTF_8);
        }
    }

    private static void readJar(Path jar, List<Script> scripts) throws IOException, PluginUnitException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String path = entry.getName();
                if (!path.startsWith(FOLDER) || path.equals(FOLDER)) {
                    continue;
                }
                String name = path.substring(FOLDER.length());
                if (entry.isDirectory()) {
                    throw new PluginUnitException("its " + path + " is a folder; migrations lie directly in " + FOLDER);
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    add(scripts, name, in.readNBytes(MAX_SCRIPT_BYTES + 1));
                }
            }
        }
    }

    private static void readFolder(Path folder, List<Script> scripts) throws IOException, PluginUnitException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    throw new PluginUnitException("its " + FOLDER + file.getFileName() + " is not a plain file");
                }
                add(scripts, file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
    }

    private static void add(List<Script> scripts, String name, byte[] bytes) throws PluginUnitException {
        if (!NAME.matcher(name).matches()) {
            throw new PluginUnitException("its " + FOLDER + name + " is not a migration: a plugin's migrations are"
                    + " SQL scripts named V<version>__<description>.sql (letters, digits and _)");
        }
        if (bytes.length > MAX_SCRIPT_BYTES) {
            throw new PluginUnitException("its migration " + FOLDER + name + " is larger than 1 MiB");
        }
        if (scripts.size() >= MAX_SCRIPTS) {
            throw new PluginUnitException("it ships more than " + MAX_SCRIPTS + " migrations");
        }
        try {
            String sql = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            scripts.add(new Script(name, sql));
        } catch (CharacterCodingException e) {
            throw new PluginUnitException("its migration " + FOLDER + name + " is not UTF-8 text", e);
        }
    }
}
