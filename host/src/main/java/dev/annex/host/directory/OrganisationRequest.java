package dev.annex.host.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public final class OrganisationRequest {

    static final String ACCOUNT_NUMBER = "[A-Za-z0-9][A-Za-z0-9._-]*";
    static final String ACCOUNT_NUMBER_MESSAGE = "may hold only letters, digits, '.', '_' and '-'";

    private OrganisationRequest() {
    }

    public record Create(@NotBlank @Size(max = 200) String name,
                         @NotBlank @Size(max = 50) @Pattern(regexp = ACCOUNT_NUMBER, message = ACCOUNT_NUMBER_MESSAGE)
                         String accountNumber) {
    }

    /** Only the fields present are changed. */
    public record Update(@Size(min = 1, max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
                         @Size(min = 1, max = 50) @Pattern(regexp = ACCOUNT_NUMBER, message = ACCOUNT_NUMBER_MESSAGE)
                         String accountNumber,
                         Boolean active) {
    }
}
