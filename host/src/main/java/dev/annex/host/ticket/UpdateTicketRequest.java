package dev.annex.host.ticket;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Only the fields present are changed. {@code comment}, if given, is a public comment explaining
 * the change ("priority raised: the whole floor is down"), written in the same transaction: the
 * change and its comment are stored both or neither.
 */
public record UpdateTicketRequest(@Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
                                  String subject,
                                  @Size(max = 10000) String description,
                                  String status,
                                  String priority,
                                  @Size(max = 10000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
                                  String comment) {
}
