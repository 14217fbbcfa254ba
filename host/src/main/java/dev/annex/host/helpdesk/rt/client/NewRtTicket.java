package dev.annex.host.helpdesk.rt.client;

import java.util.List;
import java.util.Objects;

/**
 * A ticket to create in RT: in {@code queue} (name or id), requested by {@code requestor} (an email
 * address; RT creates the user when it does not know it), with the first message as correspondence.
 */
public record NewRtTicket(String queue, String subject, String requestor, String content, long priority,
                          List<String> ccs) {

    public NewRtTicket {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(requestor, "requestor");
        content = content == null ? "" : content;
        ccs = ccs == null ? List.of() : List.copyOf(ccs);
    }
}
