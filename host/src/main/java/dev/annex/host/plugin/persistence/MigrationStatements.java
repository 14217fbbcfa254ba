package dev.annex.host.plugin.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The namespace check of a plugin's SQL migration: a plugin's scripts run with the host's database
 * user, so before one runs, every statement must be one of a few plain forms (tables, indexes and
 * sequences, and rows of them) and every table, index and sequence it names must lie in the
 * plugin's prefix. Anything the check cannot read with certainty — quoted identifiers, dollar
 * quoting, schema-qualified names, system routines — is refused rather than guessed at.
 */
final class MigrationStatements {

    /** Words after which a table, index, sequence or constraint name follows (PostgreSQL names a unique constraint's index after it). */
    private static final Set<String> NAMING_WORDS = Set.of("TABLE", "INDEX", "SEQUENCE", "FROM", "JOIN", "INTO",
            "UPDATE", "REFERENCES", "CONSTRAINT");
    /** Names reaching past the plugin's own tables: the databases' catalogs and file, large-object and link routines. */
    private static final List<String> SYSTEM_NAMES = List.of("PG_", "SYSCS_", "SYSIBM", "SYSCAT", "SYSFUN",
            "SYSPROC", "SYSSTAT", "LO_", "DBLINK", "INFORMATION_SCHEMA", "CURRENT_SETTING", "SET_CONFIG");

    private final String prefix;

    /** @param prefix the plugin's table prefix, e.g. {@code TICKET_FOLLOWING_} */
    MigrationStatements(String prefix) {
        this.prefix = prefix;
    }

    /**
     * @return why the script may not run, naming the statement; empty when every statement passes
     */
    List<String> problems(String script) {
        List<String> problems = new ArrayList<>();
        List<List<String>> statements;
        try {
            statements = statements(script);
        } catch (IllegalArgumentException e) {
            return List.of(e.getMessage());
        }
        int number = 0;
        for (List<String> statement : statements) {
            number++;
            String problem = problem(statement);
            if (problem != null) {
                problems.add("statement " + number + " (" + String.join(" ", statement.subList(0,
                        Math.min(statement.size(), 6))) + " …): " + problem);
            }
        }
        return problems;
    }

    private String problem(List<String> words) {
        if (words.size() < 3) {
            return "too short to be a statement a plugin's migration may run";
        }
        String form = form(words);
        if (form != null) {
            return form;
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (isSystemName(word)) {
                return "names " + word + ", which is the database's, not the plugin's";
            }
            if (word.equals("UPDATE") && i > 0 && words.get(i - 1).equals("ON")) {
                continue; // a foreign key's ON UPDATE rule
            }
            if (word.equals("TO") && (words.get(0).equals("RENAME") && !words.get(1).equals("COLUMN")
                    || words.get(0).equals("ALTER") && words.get(i - 1).equals("RENAME"))) {
                String renamed = checkName(words, i + 1);
                if (renamed != null) {
                    return renamed;
                }
            }
            if (word.equals("COLUMN") && i == 1 && words.get(0).equals("RENAME")) {
                String table = i + 1 < words.size() ? words.get(i + 1) : "";
                if (!table.startsWith(prefix) || table.length() == prefix.length()) {
                    return "names " + table + ", outside the plugin's namespace " + prefix + "…";
                }
                continue;
            }
            boolean createIndexOn = i >= 3 && word.equals("ON") && words.contains("INDEX")
                    && words.indexOf("INDEX") < i && words.get(0).equals("CREATE");
            if (NAMING_WORDS.contains(word) || createIndexOn) {
                String named = checkName(words, i + 1);
                if (named != null) {
                    return named;
                }
                // FROM A a, B b: every table of a comma list is checked.
                for (int j = i + 2; j < words.size() && word.equals("FROM"); j++) {
                    if (words.get(j).equals(",")) {
                        named = checkName(words, j + 1);
                        if (named != null) {
                            return named;
                        }
                    } else if (!isWord(words.get(j)) || words.get(j).equals("WHERE")) {
                        break;
                    }
                }
            }
        }
        return null;
    }

    private boolean isSystemName(String word) {
        if (word.equals("SYS")) {
            return true;
        }
        if (word.startsWith(prefix)) {
            return false;
        }
        return SYSTEM_NAMES.stream().anyMatch(word::startsWith);
    }

    /** The statement's form, or why it is none of the allowed ones. */
    private static String form(List<String> w) {
        String first = w.get(0);
        String second = w.size() > 1 ? w.get(1) : "";
        boolean allowed = switch (first) {
            case "CREATE" -> second.equals("TABLE") || second.equals("INDEX") || second.equals("SEQUENCE")
                    || (second.equals("UNIQUE") && w.size() > 2 && w.get(2).equals("INDEX"));
            case "ALTER", "DROP" -> second.equals("TABLE") || second.equals("INDEX") || second.equals("SEQUENCE");
            // Derby's renames: RENAME TABLE A TO B, RENAME INDEX A TO B, RENAME COLUMN T.A TO B.
            case "RENAME" -> second.equals("TABLE") || second.equals("INDEX") || second.equals("COLUMN");
            case "INSERT" -> second.equals("INTO");
            case "DELETE" -> second.equals("FROM");
            case "UPDATE" -> true;
            default -> false;
        };
        return allowed ? null : "only CREATE, ALTER, DROP and RENAME of tables, indexes and sequences, and INSERT,"
                + " UPDATE and DELETE, may run in a plugin's migration";
    }

    private String checkName(List<String> words, int at) {
        if (at >= words.size() || !isWord(words.get(at))) {
            return "a table, index or sequence name is missing or not a plain name";
        }
        String name = words.get(at);
        if (at + 1 < words.size() && words.get(at + 1).equals(".")) {
            return "names " + name + "." + (at + 2 < words.size() ? words.get(at + 2) : "")
                    + " with a schema; a plugin's objects are named without one";
        }
        if (name.equals("IF") && at + 2 < words.size() && (words.get(at + 1).equals("EXISTS")
                || words.get(at + 1).equals("NOT"))) {
            int next = words.get(at + 1).equals("NOT") ? at + 3 : at + 2;
            return checkName(words, next);
        }
        if (!name.startsWith(prefix) || name.length() == prefix.length()) {
            return "names " + name + ", outside the plugin's namespace " + prefix + "…";
        }
        return null;
    }

    private static boolean isWord(String token) {
        char c = token.charAt(0);
        return Character.isLetter(c) || c == '_';
    }

    /**
     * The script's statements as upper-case words and single-character symbols; literals become
     * {@code '…'} and comments disappear.
     */
    static List<List<String>> statements(String script) {
        List<List<String>> statements = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                while (i < n && script.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                if (end < 0) {
                    throw new IllegalArgumentException("a /* comment is not closed");
                }
                i = end + 2;
            } else if (c == '\'') {
                i++;
                while (true) {
                    if (i >= n) {
                        throw new IllegalArgumentException("a string literal is not closed");
                    }
                    if (script.charAt(i) == '\'') {
                        if (i + 1 < n && script.charAt(i + 1) == '\'') {
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    i++;
                }
                current.add("'…'");
            } else if (c == '"' || c == '`' || c == '[') {
                throw new IllegalArgumentException("quoted identifiers (" + c + ") are not allowed; name tables"
                        + " and columns plainly, in upper case");
            } else if (c == '$' || c == '\\') {
                throw new IllegalArgumentException("the character " + c + " is not allowed (no dollar quoting,"
                        + " no escapes)");
            } else if (c == ';') {
                if (!current.isEmpty()) {
                    statements.add(current);
                    current = new ArrayList<>();
                }
                i++;
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(script.charAt(i)) || script.charAt(i) == '_')) {
                    i++;
                }
                current.add(script.substring(start, i).toUpperCase(Locale.ROOT));
            } else {
                current.add(String.valueOf(c));
                i++;
            }
        }
        if (!current.isEmpty()) {
            statements.add(current);
        }
        return statements;
    }
}
