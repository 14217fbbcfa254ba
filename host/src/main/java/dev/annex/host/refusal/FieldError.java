package dev.annex.host.refusal;

/** One rejected input field and why. {@code field} is the JSON property or query parameter name. */
public record FieldError(String field, String message) {
}
