package it.dev.annex.arquillian;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archive every in-container test deploys: the host war as built, plus the test's own classes. */
final class InContainer {

    private InContainer() {
    }

    static WebArchive hostWith(Class<?>... testClasses) {
        File war = new File(System.getProperty("annex.arq.war", "../host/target/annex.war"));
        return ShrinkWrap.create(ZipImporter.class, "annex-arq.war")
                .importFrom(war)
                .as(WebArchive.class)
                .addClasses(testClasses);
    }
}
