package dev.annex.host.web;

import dev.annex.host.web.problem.Problems;
import jakarta.annotation.Priority;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The host's GET endpoints that take query parameters (the lists and searches) answer 400 for a
 * parameter they do not know: {@code ?priority=HIGH} on a list without such a filter must not
 * quietly return everything. Plugins' endpoints are theirs to judge.
 */
@Provider
@Priority(Priorities.USER)
public class KnownQueryParameters implements ContainerRequestFilter {

    private static final Map<Method, Set<String>> KNOWN = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || !method.isAnnotationPresent(GET.class)
                || !method.getDeclaringClass().getName().startsWith("dev.annex.host.")) {
            return;
        }
        Set<String> known = KNOWN.computeIfAbsent(method, KnownQueryParameters::queryParameters);
        if (known.isEmpty()) {
            return;
        }
        for (String name : request.getUriInfo().getQueryParameters().keySet()) {
            if (!known.contains(name)) {
                throw Problems.badRequest(name, "is not a parameter of this list; it takes " + String.join(", ",
                        known.stream().sorted().toList()));
            }
        }
    }

    private static Set<String> queryParameters(Method method) {
        Set<String> names = new HashSet<>();
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam query) {
                    names.add(query.value());
                }
            }
        }
        return names;
    }
}
