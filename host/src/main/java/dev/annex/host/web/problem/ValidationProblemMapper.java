package dev.annex.host.web.problem;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures, which the Jakarta REST runtime would otherwise answer with its own
 * plain-text body: a mapper for this exact family outranks the built-in one.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ValidationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ValidationException exception) {
        return ProblemMapper.respond(exception, uriInfo);
    }
}
