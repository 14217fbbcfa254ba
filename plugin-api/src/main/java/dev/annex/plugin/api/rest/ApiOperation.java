package dev.annex.plugin.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The summary and operation id of a resource method, for the API description, where the ones
 * derived from the class and method names would not do (overloaded names, clearer words).
 *
 * @since 1.2.0
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ApiOperation {

    String summary() default "";

    String operationId() default "";

    String description() default "";
}
