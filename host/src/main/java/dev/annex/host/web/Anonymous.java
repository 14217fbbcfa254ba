package dev.annex.host.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource (class or method) that answers without anyone signed in: signing in and out, and
 * the plugins' UI modules. Everything else of the API needs a signed-in caller; a tenant's
 * resources still resolve their tenant first (unknown 404, suspended 403).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Anonymous {
}
