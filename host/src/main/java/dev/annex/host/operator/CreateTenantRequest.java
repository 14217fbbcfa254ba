package dev.annex.host.operator;

import dev.annex.host.tenant.TenantSlug;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new help desk and its first administrator, who can then sign in and set up the rest. */
public record CreateTenantRequest(
        @NotBlank @Size(min = TenantSlug.MIN_LENGTH, max = TenantSlug.MAX_LENGTH)
        @Pattern(regexp = TenantSlug.PATTERN, message = TenantSlug.MESSAGE)
        String slug,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Valid Admin admin) {

    public record Admin(@NotBlank @Email @Size(max = 254) String email,
                        @NotBlank @Size(max = 200) String displayName,
                        @NotBlank @Size(min = 8, max = 1000) String password) {
    }
}
