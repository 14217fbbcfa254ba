package dev.annex.host.ticket;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Only the fields present are changed. */
public record UpdateTicketRequest(@Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
                                  String subject,
                                  @Size(max = 10000) String description,
                                  String status,
                                  String priority) {
}
