package dev.annex.testplugins.provider.api;

import dev.annex.plugin.api.dependency.ExportedService;

/** What provider exports: a greeting that names the provider's version. */
public interface Greeter extends ExportedService {

    String greeting();
}
