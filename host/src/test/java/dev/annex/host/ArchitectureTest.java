package dev.annex.host;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The host's architecture as executable rules (see "Architecture" in the README for the picture).
 * Each rule names what it protects; a failure lists the offending dependencies.
 */
class ArchitectureTest {

    private static final String HOST = "dev.annex.host";
    private static JavaClasses host;
    private static JavaClasses pluginApi;

    @BeforeAll
    static void importClasses() {
        host = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(HOST);
        pluginApi = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.annex.plugin.api");
    }

    @Test
    void noPackageOfTheHostIsPartOfACycle() {
        slices().matching(HOST + ".(**)").should().beFreeOfCycles().check(host);
    }

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Edge").definedBy(HOST + ".web..")
                .layer("Application").definedBy(HOST + ".ticket..", HOST + ".directory..", HOST + ".operator..",
                        HOST + ".demo..", HOST + ".lifecycle..", HOST + ".health..")
                .layer("Plugin hosting").definedBy(HOST + ".pluginapi..", HOST + ".event..", HOST + ".jobs..",
                        HOST + ".plugin..")
                .layer("Help desks").definedBy(HOST + ".helpdesk.builtin..", HOST + ".helpdesk.rt..")
                .layer("Core").definedBy(HOST + ".access..", HOST + ".helpdesk", HOST + ".helpdesk.index..",
                        HOST + ".security..",
                        HOST + ".audit..", HOST + ".mail..", HOST + ".tenant..", HOST + ".links..", HOST + ".activation..",
                        HOST + ".branding..")
                .layer("Foundation").definedBy(HOST + ".refusal..", HOST + ".page..", HOST + ".persistence..", HOST + ".cluster..",
                        HOST + ".time..")
                .whereLayer("Edge").mayNotBeAccessedByAnyLayer()
                .whereLayer("Application").mayOnlyBeAccessedByLayers("Edge")
                .whereLayer("Plugin hosting").mayOnlyBeAccessedByLayers("Edge", "Application")
                // Help desks implement the port and are chosen by CDI: nothing names one.
                .whereLayer("Help desks").mayNotBeAccessedByAnyLayer()
                .whereLayer("Core").mayOnlyBeAccessedByLayers("Edge", "Application", "Plugin hosting", "Help desks")
                .check(host);
    }

    @Test
    void onlyTheWebLayerSpeaksHttp() {
        noClasses().that().resideOutsideOfPackage(HOST + ".web..")
                .should().dependOnClassesThat().resideInAnyPackage(HOST + ".web..", "jakarta.ws.rs..", "jakarta.servlet..")
                .because("services refuse with dev.annex.host.refusal.Refusal; the web layer alone turns that into"
                        + " HTTP problem details")
                .check(host);
    }

    @Test
    void onlyTheBuiltInHelpDeskTouchesItsEntities() {
        noClasses().that().resideOutsideOfPackage(HOST + ".helpdesk.builtin..")
                .should().dependOnClassesThat().resideInAPackage(HOST + ".helpdesk.builtin..")
                .check(host);
    }

    @Test
    void theHelpDesksDoNotKnowOneAnother() {
        noClasses().that().resideInAPackage(HOST + ".helpdesk.rt..")
                .should().dependOnClassesThat().resideInAPackage(HOST + ".helpdesk.builtin..")
                .because("each help desk implements the port on its own; a tenant is backed by one of them")
                .check(host);
    }

    @Test
    void theRequestTrackerProtocolPackagesDependOnNothingOfTheHostButThePortsValues() {
        // The REST 2 client, the feed, the mappings and the settings check speak RT (JDK HttpClient and JSON-P)
        // and name Annex's statuses and priorities by the port's own types, so they are tested against a real RT
        // without a server, a database or CDI.
        classes().that().resideInAnyPackage(HOST + ".helpdesk.rt.client..", HOST + ".helpdesk.rt.feed..",
                        HOST + ".helpdesk.rt.mapping..", HOST + ".helpdesk.rt.config..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage(HOST + ".helpdesk.rt..", HOST + ".helpdesk", "java..", "jakarta.json..")
                .check(host);
    }

    @Test
    void thePluginApiDependsOnNothingOfAnnexButItself() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("dev.annex.plugin.api..", "java..", "jakarta..", "org.pf4j..")
                .check(pluginApi);
    }
}
