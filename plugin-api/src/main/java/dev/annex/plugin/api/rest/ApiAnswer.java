package dev.annex.plugin.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A successful answer of a resource method, for the OpenAPI document at {@code /openapi}: what
 * a method that returns a {@code Response} sends cannot be read from its signature. A method
 * that returns its body (or {@code void}: 204) needs none. Problem answers (RFC 9457) are
 * described by the host.
 *
 * <pre>{@code
 * @POST
 * @ApiAnswer(status = 201, body = NoteView.class, headers = "Location")
 * public Response create(NewNote input) { ... }
 * }</pre>
 *
 * @since 1.2.0
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(ApiAnswers.class)
public @interface ApiAnswer {

    int status();

    /** The body's type; {@code Void} for none. */
    Class<?> body() default Void.class;

    /** The body is a JSON array of {@link #body()}. */
    boolean list() default false;

    /** Response headers it carries, by name: {@code ETag}, {@code Location}, {@code Retry-After}. */
    String[] headers() default {};

    String description() default "";
}
