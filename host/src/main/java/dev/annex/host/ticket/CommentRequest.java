package dev.annex.host.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code internal} comments are seen by agents only. */
public record CommentRequest(@NotBlank @Size(max = 10000) String body, boolean internal) {
}
