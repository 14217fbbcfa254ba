package dev.annex.host.plugin.persistence;

import java.util.List;

/**
 * What the host takes from a plugin's {@code META-INF/persistence.xml}: which classes and mapping
 * files make up the unit. Everything else about the unit is the host's to decide.
 */
record UnitDeclaration(String name, List<String> managedClasses, List<String> mappingFiles,
                       boolean excludeUnlistedClasses, String schemaVersion) {

    UnitDeclaration {
        managedClasses = List.copyOf(managedClasses);
        mappingFiles = List.copyOf(mappingFiles);
    }
}
