package dev.annex.plugin.api.ui;

/**
 * One UI contribution.
 *
 * @param slot    where it goes
 * @param element the custom element's tag name; must contain a hyphen, e.g. {@code annex-followers}
 * @param module  the ES module that defines the element, relative to the jar's {@code ui/} folder
 * @param label   a label for navigation entries, buttons and panel headings
 * @since 1.0.0
 */
public record UiContribution(UiSlot slot, String element, String module, String label) {
}
