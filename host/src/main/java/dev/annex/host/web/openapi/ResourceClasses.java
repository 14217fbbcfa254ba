package dev.annex.host.web.openapi;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.annotation.HandlesTypes;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The host's root resource classes, as the container's own scan of the war finds them (every
 * class with {@code @Path}, the scan that gives Jakarta REST its resources), kept in the servlet
 * context for the document. A servlet container initializer rather than a CDI extension: an
 * archive with an extension but no beans.xml is no bean archive, which would take the host's
 * beans away.
 */
@HandlesTypes(Path.class)
public class ResourceClasses implements ServletContainerInitializer {

    static final String ATTRIBUTE = ResourceClasses.class.getName();

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        List<Class<?>> roots = new ArrayList<>();
        for (Class<?> c : classes == null ? Set.<Class<?>>of() : classes) {
            if (c.isAnnotationPresent(Path.class) && !c.isInterface()) {
                roots.add(c);
            }
        }
        context.setAttribute(ATTRIBUTE, List.copyOf(roots));
    }

    @SuppressWarnings("unchecked")
    static List<Class<?>> roots(ServletContext context) {
        Object roots = context.getAttribute(ATTRIBUTE);
        return roots == null ? List.of() : (List<Class<?>>) roots;
    }
}
