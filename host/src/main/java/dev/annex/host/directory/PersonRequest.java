package dev.annex.host.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public final class PersonRequest {

    private PersonRequest() {
    }

    /** Contacts (CONTACT, ORGANISATION_ADMIN) need an organisation; agents must have none. */
    public record Create(@NotBlank @Email @Size(max = 254) String email,
                         @NotBlank @Size(max = 200) String displayName,
                         @NotNull String role,
                         Long organisationId,
                         @Size(min = 8, max = 1000) String password) {
    }

    /** Only the fields present are changed. */
    public record Update(@Size(min = 1, max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
                         String displayName,
                         String role,
                         Long organisationId,
                         Boolean active,
                         @Size(min = 8, max = 1000) String password) {
    }
}
