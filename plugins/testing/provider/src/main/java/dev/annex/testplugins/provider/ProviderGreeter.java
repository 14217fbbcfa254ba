package dev.annex.testplugins.provider;

import dev.annex.testplugins.provider.api.Greeter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.pf4j.Extension;

/** Greets with the Plugin-Version of the jar it was loaded from (1.0.0 or 2.0.0). */
@Extension
public class ProviderGreeter implements Greeter {

    @Override
    public String greeting() {
        try (JarFile jar = new JarFile(Path.of(getClass().getProtectionDomain().getCodeSource().getLocation().toURI())
                .toFile())) {
            return "provider " + jar.getManifest().getMainAttributes().getValue("Plugin-Version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
