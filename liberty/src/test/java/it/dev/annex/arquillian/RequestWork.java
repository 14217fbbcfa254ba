package it.dev.annex.arquillian;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.util.concurrent.Callable;

/** The intercepted half of {@link FreshRequest}: a separate bean, so the interceptors apply. */
@ApplicationScoped
public class RequestWork {

    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T run(Callable<T> task) throws Exception {
        return task.call();
    }
}
