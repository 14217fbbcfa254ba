package dev.annex.host.plugin.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.internal.databaseaccess.DatabasePlatform;
import org.eclipse.persistence.sequencing.DefaultSequence;
import org.eclipse.persistence.sequencing.NativeSequence;
import org.eclipse.persistence.sequencing.Sequence;
import org.eclipse.persistence.sequencing.TableSequence;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.Project;
import org.eclipse.persistence.tools.schemaframework.DefaultTableGenerator;
import org.eclipse.persistence.tools.schemaframework.FieldDefinition;
import org.eclipse.persistence.tools.schemaframework.SchemaManager;
import org.eclipse.persistence.tools.schemaframework.TableDefinition;

/**
 * The tables of a plugin's unit. They must lie in the plugin's namespace — plugins share one
 * schema with the host and with each other — and are created or extended to match the plugin's
 * entities, never dropped or changed, so an upgrade keeps the data.
 */
final class PluginSchema {

    private final String pluginId;
    private final DatabaseSession session;
    private final List<TableDefinition> tables;

    /** @param session the unit's deployed (logged-in) session */
    PluginSchema(String pluginId, DatabaseSession session) {
        this.pluginId = pluginId;
        this.session = session;
        // The same table definitions EclipseLink's DDL generation builds: entity, secondary, join
        // and collection tables, with the tenant discriminator columns.
        this.tables = new DefaultTableGenerator(session.getProject(), true).generateDefaultTableCreator()
                .getTableDefinitions();
    }

    /** {@code ECHO_} for {@code echo}, {@code LINK_SHARE_} for {@code link-share}. */
    static String prefix(String pluginId) {
        return pluginId.toUpperCase(Locale.ROOT).replace('-', '_') + "_";
    }

    /**
     * Every table and sequence the unit would create that is not the plugin's to create: outside
     * its prefix, in a named schema, or one of the host's tables (a plugin called {@code ticket}
     * must still not map {@code TICKET_COMMENT}).
     *
     * @param hostTables the host's table names, upper case
     */
    List<String> trespasses(Set<String> hostTables) {
        String prefix = prefix(pluginId);
        return objectNames().stream()
                .filter(name -> {
                    String upper = name.toUpperCase(Locale.ROOT);
                    return name.contains(".") || !upper.startsWith(prefix) || upper.length() == prefix.length()
                            || hostTables.contains(upper);
                })
                .toList();
    }

    /**
     * Creates the missing tables and adds the missing columns, as EclipseLink's
     * {@code create-or-extend-tables} does, then reads every mapped column once: EclipseLink
     * swallows DDL failures, and a plugin whose tables do not match its entities must not start.
     */
    void createOrExtend() throws PluginUnitException {
        // EclipseLink refuses SQL in a unit with multitenant entities, and its schema manager asks
        // whether a table exists with SQL: allowed here, while the unit serves no one yet.
        Project project = session.getProject();
        boolean allowSql = project.allowNativeSQLQueries();
        project.setAllowNativeSQLQueries(true);
        try {
            new SchemaManager(session).extendDefaultTables(true);
            verify();
        } finally {
            project.setAllowNativeSQLQueries(allowSql);
        }
    }

    /** Reads every mapped column once: a plugin whose tables do not match its entities must not start. */
    void verify() throws PluginUnitException {
        Project project = session.getProject();
        boolean allowSql = project.allowNativeSQLQueries();
        project.setAllowNativeSQLQueries(true);
        try {
            readEveryColumn();
        } finally {
            project.setAllowNativeSQLQueries(allowSql);
        }
    }

    private void readEveryColumn() throws PluginUnitException {
        DatabasePlatform platform = session.getPlatform();
        for (TableDefinition table : tables) {
            String columns = table.getFields().stream().map(field -> columnName(field, platform))
                    .collect(Collectors.joining(", "));
            String from = table.getTable() == null ? table.getFullName() : table.getTable().getQualifiedNameDelimited(platform);
            try {
                session.executeSQL("SELECT " + columns + " FROM " + from + " WHERE 1 = 0");
            } catch (DatabaseException e) {
                throw new PluginUnitException("its table " + table.getFullName()
                        + " does not match its entities (after its migrations, or created or extended from them): "
                        + rootMessage(e), e);
            }
        }
    }

    private Set<String> objectNames() {
        Set<String> names = new TreeSet<>();
        tables.forEach(table -> names.add(table.getFullName()));
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (descriptor.usesSequenceNumbers()) {
                sequenceObject(descriptor).ifPresent(names::add);
            }
        }
        return names;
    }

    /** The table or database sequence an id generator uses; none for identity columns. */
    private Optional<String> sequenceObject(ClassDescriptor descriptor) {
        Sequence sequence = descriptor.getSequence();
        if (sequence == null) {
            String name = descriptor.getSequenceNumberName();
            sequence = name == null ? session.getDatasourcePlatform().getDefaultSequence()
                    : session.getDatasourcePlatform().getSequence(name);
        }
        if (sequence instanceof DefaultSequence defaulted) {
            sequence = defaulted.getDefaultSequence();
        }
        if (sequence == null || sequence.shouldAcquireValueAfterInsert()) {
            return Optional.empty();
        }
        if (sequence instanceof TableSequence table) {
            return Optional.of(table.getQualifiedTableName());
        }
        if (sequence instanceof NativeSequence) {
            return Optional.of(sequence.getQualified(sequence.getName()));
        }
        return Optional.of(sequence.getName());
    }

    private static String columnName(FieldDefinition field, DatabasePlatform platform) {
        return field.getDatabaseField() == null ? field.getName() : field.getDatabaseField().getNameDelimited(platform);
    }

    private static String rootMessage(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return String.valueOf(chain.get(chain.size() - 1).getMessage());
    }
}
