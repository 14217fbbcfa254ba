package dev.annex.host.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.host.refusal.Refusal;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

class QuietClientErrorsTest {

    private final Registry transaction = new Registry();

    @Test
    void aClientErrorLeavesTheTransactionAsACheckedExceptionAndMarksItForRollback() throws Exception {
        Refusal notFound = Refusal.notFound("ticket", "7");

        Exception carried = assertThrows(Exception.class,
                () -> QuietClientErrors.inside(context(Service.class.getMethod("work"), () -> { throw notFound; }), transaction));

        assertFalse(carried instanceof RuntimeException, "checked, so Liberty records no incident");
        assertSame(notFound, carried.getCause());
        assertTrue(transaction.rollbackOnly);
    }

    @Test
    void outsideTheTransactionTheOriginalClientErrorIsThrownAgain() throws Exception {
        Refusal notFound = Refusal.notFound("ticket", "7");
        Exception carried = assertThrows(Exception.class,
                () -> QuietClientErrors.inside(context(Service.class.getMethod("work"), () -> { throw notFound; }), transaction));
        // Liberty wraps a checked exception the method does not declare.
        TransactionalException wrapped = new TransactionalException("wrapped", carried);

        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> QuietClientErrors.outside(context(Service.class.getMethod("work"), () -> { throw wrapped; })));

        assertSame(notFound, thrown);
    }

    @Test
    void aServerErrorPassesUntouched() throws Exception {
        IllegalStateException bug = new IllegalStateException("bug");

        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> QuietClientErrors.inside(context(Service.class.getMethod("work"), () -> { throw bug; }), transaction));

        assertSame(bug, thrown);
        assertFalse(transaction.rollbackOnly, "left to Liberty's interceptor, as before");
    }

    @Test
    void aClientErrorTheMethodDoesNotRollBackOnKeepsTheTransaction() throws Exception {
        Refusal invalid = Refusal.invalid("name", "too long");

        assertThrows(Exception.class, () -> QuietClientErrors.inside(
                context(Service.class.getMethod("keeps"), () -> { throw invalid; }), transaction));

        assertFalse(transaction.rollbackOnly);
    }

    @Test
    void aResultPassesThrough() throws Exception {
        assertEquals("done", QuietClientErrors.inside(context(Service.class.getMethod("work"), () -> "done"), transaction));
        assertEquals("done", QuietClientErrors.outside(context(Service.class.getMethod("work"), () -> "done")));
    }

    @Transactional
    static class Service {
        public void work() {
        }

        @Transactional(dontRollbackOn = Refusal.class)
        public void keeps() {
        }
    }

    private static InvocationContext context(Method method, Callable<Object> body) {
        return new InvocationContext() {
            @Override
            public Object getTarget() {
                return null;
            }

            @Override
            public Object getTimer() {
                return null;
            }

            @Override
            public Method getMethod() {
                return method;
            }

            @Override
            public Constructor<?> getConstructor() {
                return null;
            }

            @Override
            public Object[] getParameters() {
                return new Object[0];
            }

            @Override
            public void setParameters(Object[] params) {
            }

            @Override
            public Map<String, Object> getContextData() {
                return Map.of();
            }

            @Override
            public Object proceed() throws Exception {
                return body.call();
            }
        };
    }

    private static final class Registry implements TransactionSynchronizationRegistry {
        boolean rollbackOnly;

        @Override
        public Object getTransactionKey() {
            return "tx";
        }

        @Override
        public void putResource(Object key, Object value) {
        }

        @Override
        public Object getResource(Object key) {
            return null;
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
        }

        @Override
        public int getTransactionStatus() {
            return rollbackOnly ? Status.STATUS_MARKED_ROLLBACK : Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {
            rollbackOnly = true;
        }

        @Override
        public boolean getRollbackOnly() {
            return rollbackOnly;
        }
    }
}
