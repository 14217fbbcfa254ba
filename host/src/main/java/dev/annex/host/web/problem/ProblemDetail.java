package dev.annex.host.web.problem;

import dev.annex.host.refusal.FieldError;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import dev.annex.host.refusal.FieldError;
import java.util.List;

/** An RFC 9457 problem details body, with the fields that were rejected when there are any. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record ProblemDetail(String type, String title, int status, String detail, String instance,
                            List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://annex.dev/problems/";
}
