package dev.annex.host.mail;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.flywaydb.core.Flyway;

/**
 * A fresh in-memory Derby database with the outbox's real migrations applied (V1 for TENANT, V3 for
 * MAIL_OUTBOX; the others are not needed here), and EclipseLink on it outside a container: each
 * {@link #inTransaction} call has its own entity manager and transaction, like a JTA call would.
 */
final class OutboxDatabase implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final String url;
    private final EntityManagerFactory factory;

    OutboxDatabase(Path scratch) {
        url = "jdbc:derby:memory:outbox" + COUNTER.incrementAndGet() + ";create=true";
        Flyway.configure()
                .dataSource(url, null, null)
                .locations("filesystem:" + copyMigrations(scratch, "V1__core.sql", "V3__mail_outbox.sql",
                        "V5__mail_sender_name.sql"))
                .load()
                .migrate();
        factory = Persistence.createEntityManagerFactory("mail-outbox-test", Map.of(
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.driver", "org.apache.derby.iapi.jdbc.AutoloadedDriver"));
    }

    private static Path copyMigrations(Path scratch, String... names) {
        try {
            Path dir = Files.createDirectories(scratch.resolve("migrations"));
            for (String name : names) {
                try (InputStream in = OutboxDatabase.class.getResourceAsStream("/db/migration/" + name)) {
                    Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long createTenant(String slug) {
        return inTransaction(em -> {
            em.createNativeQuery("INSERT INTO TENANT (SLUG, NAME, STATUS, NEXT_TICKET_NUMBER, CREATED_AT)"
                            + " VALUES (?, ?, 'ACTIVE', 1, CURRENT_TIMESTAMP)")
                    .setParameter(1, slug).setParameter(2, slug).executeUpdate();
            return ((Number) em.createNativeQuery("SELECT ID FROM TENANT WHERE SLUG = ?")
                    .setParameter(1, slug).getSingleResult()).longValue();
        });
    }

    void emptyOutbox() {
        inTransaction(em -> em.createNativeQuery("DELETE FROM MAIL_OUTBOX").executeUpdate());
    }

    <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** Plain JDBC, to see exactly what is stored. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    @Override
    public void close() {
        factory.close();
    }
}
