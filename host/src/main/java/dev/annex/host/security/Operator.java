package dev.annex.host.security;

public record Operator(long id, String email) {
}
