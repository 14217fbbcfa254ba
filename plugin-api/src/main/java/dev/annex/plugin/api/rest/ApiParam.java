package dev.annex.plugin.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a parameter really takes, for the OpenAPI document. Query parameters read as strings (so
 * that a bad value is a 400 problem naming the parameter rather than a bare 404): this
 * says which type the string must hold.
 *
 * @since 1.2.0
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD})
public @interface ApiParam {

    /** The type the value must parse as: {@code Integer}, {@code Long}, {@code Boolean}, an enum. */
    Class<?> as() default String.class;

    /** Lower and upper bounds of a number; {@code Long.MIN_VALUE}/{@code MAX_VALUE} for none. */
    long minimum() default Long.MIN_VALUE;

    long maximum() default Long.MAX_VALUE;

    /** Allowed values of a string, when not an enum's names (e.g. {@code number}, {@code -number}). */
    String[] allowed() default {};

    String defaultValue() default "";

    String description() default "";
}
