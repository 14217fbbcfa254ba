package dev.annex.host.security;

/** A token just issued: the only moment its secret is known outside the caller's hands. */
public record IssuedToken(String secret, ApiToken token) {
}
