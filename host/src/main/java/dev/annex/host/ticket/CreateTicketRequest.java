package dev.annex.host.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Priority defaults to NORMAL; requester defaults to the caller; organisation to the requester's. */
public record CreateTicketRequest(@NotBlank @Size(max = 200) String subject,
                                  @Size(max = 10000) String description,
                                  String priority,
                                  Long requesterId,
                                  Long organisationId) {
}
