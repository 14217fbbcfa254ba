package dev.annex.host.helpdesk;

import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The implementation of a port for a tenant backed by a help desk Annex fronts (the operator's {@link HelpDeskChoices}). Injection points that name no qualifier get {@link TenantTicketStore}, which picks one
 * per tenant.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Fronted {
}
