package dev.annex.host.web.problem;

import jakarta.ws.rs.core.Response;
import java.util.Map;

/** The reason phrases of RFC 9110 for the statuses the API answers with, including those Jakarta REST's enum lacks. */
public final class ReasonPhrases {

    private static final Map<Integer, String> EXTRA = Map.of(
            422, "Unprocessable Content",
            428, "Precondition Required",
            429, "Too Many Requests",
            413, "Content Too Large");

    private ReasonPhrases() {
    }

    /** The phrases the servlet container does not know (it would write "Undefined"), or null for the others. */
    public static String missing(int status) {
        return EXTRA.get(status);
    }

    public static String of(int status) {
        String extra = EXTRA.get(status);
        if (extra != null) {
            return extra;
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }
}
