package dev.annex.host.plugin.packages;

/** What the database says of one plugin: the version and jar every node must run, or that it is uninstalled. */
record PluginPackage(String pluginId, String version, String sha256, boolean installed) {
}
