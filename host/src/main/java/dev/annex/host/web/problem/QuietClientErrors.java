package dev.annex.host.web.problem;

import dev.annex.host.helpdesk.StaleVersionException;
import dev.annex.host.refusal.Refusal;
import dev.annex.plugin.api.PluginProblem;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Keeps ordinary client errors out of Liberty's incident log. Liberty's transaction manager writes
 * an FFDC incident for every unchecked exception that leaves a {@code @Transactional} method; meant
 * for the unexpected, it also fires for each refusal (a 404, a 422) a service throws. So, inside Liberty's
 * transaction interceptor, a client error marks the transaction for rollback (as the unchecked
 * exception would have) and is carried out as a checked exception, which Liberty passes on
 * quietly; outside it, the original is thrown again. Any other failure is left alone.
 *
 * <p>Liberty's interceptors have priority {@code PLATFORM_BEFORE + 200}; interceptor bindings with
 * members bind per {@link TxType}, so there is a pair for each type the host uses.
 */
public final class QuietClientErrors {

    private static final int INSIDE = Interceptor.Priority.PLATFORM_BEFORE + 210;
    private static final int OUTSIDE = Interceptor.Priority.PLATFORM_BEFORE + 190;

    private QuietClientErrors() {
    }

    /** A client error on its way through the transaction interceptor. */
    static final class Carried extends Exception {

        Carried(RuntimeException clientError) {
            super(clientError.getMessage(), clientError, false, false);
        }

        RuntimeException clientError() {
            return (RuntimeException) getCause();
        }
    }

    /** What {@link ProblemMapper} answers with a 4xx. */
    static boolean isClientError(Throwable thrown) {
        return thrown instanceof Refusal
                || thrown instanceof StaleVersionException
                || thrown instanceof ProblemException problem && problem.status() < 500
                || thrown instanceof PluginProblem
                || thrown instanceof ConstraintViolationException
                || thrown instanceof WebApplicationException web && web.getResponse().getStatus() < 500;
    }

    static Object inside(InvocationContext context, TransactionSynchronizationRegistry transaction) throws Exception {
        try {
            return context.proceed();
        } catch (RuntimeException e) {
            if (!isClientError(e)) {
                throw e;
            }
            if (transaction.getTransactionStatus() == Status.STATUS_ACTIVE && !dontRollBackOn(context.getMethod(), e)) {
                transaction.setRollbackOnly();
            }
            throw new Carried(e);
        }
    }

    static Object outside(InvocationContext context) throws Exception {
        try {
            return context.proceed();
        } catch (Exception e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof Carried carried) {
                    throw carried.clientError();
                }
            }
            throw e;
        }
    }

    private static boolean dontRollBackOn(Method method, RuntimeException e) {
        Transactional transactional = method.getAnnotation(Transactional.class);
        if (transactional == null) {
            transactional = method.getDeclaringClass().getAnnotation(Transactional.class);
        }
        return transactional != null
                && Arrays.stream(transactional.dontRollbackOn()).anyMatch(type -> type.isInstance(e));
    }

    /** Inside the transaction interceptor; one subclass per {@link TxType}, which adds only the binding. */
    public abstract static class Inside {
        @Resource
        TransactionSynchronizationRegistry transaction;

        @AroundInvoke
        public Object carry(InvocationContext context) throws Exception {
            return inside(context, transaction);
        }
    }

    /** Outside the transaction interceptor; one subclass per {@link TxType}, which adds only the binding. */
    public abstract static class Outside {
        @AroundInvoke
        public Object rethrow(InvocationContext context) throws Exception {
            return outside(context);
        }
    }

    @Transactional(TxType.REQUIRED)
    @Interceptor
    @Priority(INSIDE)
    public static class InsideRequired extends Inside {
    }

    @Transactional(TxType.REQUIRED)
    @Interceptor
    @Priority(OUTSIDE)
    public static class OutsideRequired extends Outside {
    }

    @Transactional(TxType.REQUIRES_NEW)
    @Interceptor
    @Priority(INSIDE)
    public static class InsideRequiresNew extends Inside {
    }

    @Transactional(TxType.REQUIRES_NEW)
    @Interceptor
    @Priority(OUTSIDE)
    public static class OutsideRequiresNew extends Outside {
    }

    @Transactional(TxType.NOT_SUPPORTED)
    @Interceptor
    @Priority(INSIDE)
    public static class InsideNotSupported extends Inside {
    }

    @Transactional(TxType.NOT_SUPPORTED)
    @Interceptor
    @Priority(OUTSIDE)
    public static class OutsideNotSupported extends Outside {
    }
}
