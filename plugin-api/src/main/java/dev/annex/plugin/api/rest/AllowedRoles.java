package dev.annex.plugin.api.rest;

import dev.annex.plugin.api.PersonRole;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call a resource method at all: anyone else is answered 403 by the host
 * before the method runs (and before its body is read). On a resource class it holds for every
 * method of the class that has none of its own. The host lists the roles in the API description
 * (the operation's {@code x-annex-roles}), and its generated isolation suite calls the operation
 * as each other role.
 *
 * <p>This is a rule by role only. What depends on the row — whose ticket, which organisation —
 * stays in the method.
 *
 * <pre>{@code
 * @POST @Path("tickets/{id}/release")
 * @AllowedRoles({PersonRole.TENANT_ADMIN, PersonRole.AGENT})
 * public long release(@PathParam("id") long id, ReleaseInput input) { ... }
 * }</pre>
 *
 * @since 1.3.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AllowedRoles {

    /** The roles allowed; at least one. */
    PersonRole[] value();
}
