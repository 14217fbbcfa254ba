package dev.annex.host.operator;

public record Operator(long id, String email) {
}
