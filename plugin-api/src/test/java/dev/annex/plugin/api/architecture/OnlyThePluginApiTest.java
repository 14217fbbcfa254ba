package dev.annex.plugin.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The one rule for code built against the plugin API: of Annex it uses the plugin API and
 * nothing else. Runs on the classes of the module it runs in — the plugin API itself, and, through
 * the plugin parent POM ({@code dependenciesToScan}), every plugin that inherits it.
 */
class OnlyThePluginApiTest {

    private static final Path CLASSES = Path.of("target", "classes");

    @Test
    void theModuleUsesNothingOfAnnexButThePluginApi() {
        assertFalse(!Files.isDirectory(CLASSES), "no compiled classes in " + CLASSES.toAbsolutePath());
        JavaClasses classes = new ClassFileImporter().importPath(CLASSES);
        Set<String> own = classes.stream().map(JavaClass::getName).collect(Collectors.toSet());
        noClasses().should().dependOnClassesThat(annexCodeOtherThanThePluginApiOr(own))
                .because("a plugin compiles against dev.annex.plugin.api only; the host's internals may change"
                        + " in any release")
                .check(classes);
    }

    private static DescribedPredicate<JavaClass> annexCodeOtherThanThePluginApiOr(Set<String> own) {
        return DescribedPredicate.describe("Annex code other than the plugin API",
                used -> {
                    JavaClass type = used.isArray() ? used.getBaseComponentType() : used;
                    return type.getPackageName().startsWith("dev.annex.")
                            && !type.getPackageName().startsWith("dev.annex.plugin.api")
                            && !own.contains(type.getName());
                });
    }
}
