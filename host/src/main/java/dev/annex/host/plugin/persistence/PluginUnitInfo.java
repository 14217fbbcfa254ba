package dev.annex.host.plugin.persistence;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import dev.annex.host.persistence.InstantConverter;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * A plugin's persistence unit as the host hands it to EclipseLink, the way an application server
 * does: the plugin's classes and mapping files, its jar as the unit's root, its class loader, and
 * the server's transactional data source, plus the host's converters. The unit is always JTA, has no shared cache and no
 * validation (plugins validate their input themselves), whatever the plugin's file says.
 */
final class PluginUnitInfo implements PersistenceUnitInfo {

    private final UnitDeclaration declaration;
    private final URL root;
    private final ClassLoader classLoader;
    private final DataSource dataSource;

    PluginUnitInfo(UnitDeclaration declaration, URL root, ClassLoader classLoader, DataSource dataSource) {
        this.declaration = declaration;
        this.root = root;
        this.classLoader = classLoader;
        this.dataSource = dataSource;
    }

    @Override
    public String getPersistenceUnitName() {
        return declaration.name();
    }

    @Override
    public String getPersistenceProviderClassName() {
        return org.eclipse.persistence.jpa.PersistenceProvider.class.getName();
    }

    @Override
    public PersistenceUnitTransactionType getTransactionType() {
        return PersistenceUnitTransactionType.JTA;
    }

    @Override
    public DataSource getJtaDataSource() {
        return dataSource;
    }

    /** None: outside a transaction EclipseLink reads through the JTA data source, which Liberty allows. */
    @Override
    public DataSource getNonJtaDataSource() {
        return null;
    }

    @Override
    public List<String> getMappingFileNames() {
        return declaration.mappingFiles();
    }

    @Override
    public List<URL> getJarFileUrls() {
        return List.of();
    }

    @Override
    public URL getPersistenceUnitRootUrl() {
        return root;
    }

    /**
     * The plugin's classes, and the host's {@link InstantConverter}: plugins map {@link java.time.Instant}
     * attributes without a converter of their own (the class is loaded through the plugin's loader,
     * which finds it in the host).
     */
    @Override
    public List<String> getManagedClassNames() {
        List<String> classes = new ArrayList<>(declaration.managedClasses());
        classes.add(InstantConverter.class.getName());
        return List.copyOf(classes);
    }

    @Override
    public boolean excludeUnlistedClasses() {
        return declaration.excludeUnlistedClasses();
    }

    @Override
    public SharedCacheMode getSharedCacheMode() {
        return SharedCacheMode.NONE;
    }

    @Override
    public ValidationMode getValidationMode() {
        return ValidationMode.NONE;
    }

    /** Empty: the host's properties are passed when the factory is created, and win over the plugin's. */
    @Override
    public Properties getProperties() {
        return new Properties();
    }

    @Override
    public String getPersistenceXMLSchemaVersion() {
        return declaration.schemaVersion();
    }

    @Override
    public ClassLoader getClassLoader() {
        return classLoader;
    }

    /**
     * Ignored: the unit is created with weaving off, so EclipseLink has nothing to transform, and
     * the plugin's classes are loaded already — a transformer could not be applied anyway.
     */
    @Override
    public void addTransformer(ClassTransformer transformer) {
    }

    /**
     * The plugin's own loader. A throwaway loader exists so a provider can inspect classes before
     * they are woven; with weaving off there is nothing to protect, and a loader of our own over
     * the jar would hold the file open after the plugin is removed.
     */
    @Override
    public ClassLoader getNewTempClassLoader() {
        return classLoader;
    }
}
