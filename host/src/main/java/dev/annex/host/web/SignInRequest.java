package dev.annex.host.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record SignInRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 1000) String password) {
}
