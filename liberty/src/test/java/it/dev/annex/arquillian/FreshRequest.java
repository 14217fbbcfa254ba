package it.dev.annex.arquillian;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

/**
 * Runs work the way the host runs background work for a tenant: on a managed thread, in a request
 * context and a transaction of its own. A test needs this to act for two tenants, because a
 * request's tenant is fixed once set.
 */
@ApplicationScoped
public class FreshRequest {

    @Resource
    ManagedExecutorService executor;

    @Inject
    RequestWork work;

    public <T> T call(Callable<T> task) throws Exception {
        try {
            return executor.submit(() -> work.run(task)).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
