package it.dev.annex.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Eventually;
import dev.annex.plugin.testkit.server.Mailbox;
import dev.annex.plugin.testkit.server.Reply;
import dev.annex.plugin.testkit.server.TestTenant;
import it.dev.annex.ConcurrentWritesIT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Plugin endpoints under concurrent load, and a plugin endpoint whose answer cannot be written. */
class PluginLoadIT {

    @RegisterExtension
    static final Mailbox MAIL = new Mailbox();

    private TestTenant tenant;

    @BeforeEach
    void tenant() {
        tenant = TestTenant.create("plugin-load");
        tenant.enable("echo");
    }

    @Test
    void concurrentlyQueuedMailIsAllStoredAndSent() throws Exception {
        String run = tenant.slug();
        ConcurrentWritesIT.concurrently(i -> () -> tenant.admin().post(tenant.path("/plugins/echo/mail"),
                        Json.createObjectBuilder().add("to", "load" + i + "@example.com").add("subject", run + " #" + i)
                                .add("body", "Mail " + i).add("thenFail", false).build()))
                .forEach(reply -> reply.expect(200));

        Set<String> expected = IntStream.range(0, ConcurrentWritesIT.WRITERS).mapToObj(i -> run + " #" + i)
                .collect(Collectors.toSet());
        Eventually.eventually().alias("every queued mail was sent").until(() -> Arrays.stream(MAIL.getReceivedMessages())
                .map(PluginLoadIT::subject).collect(Collectors.toSet()).containsAll(expected));
    }

    @Test
    void concurrentPluginWritesThroughTheHelpDeskAllCommit() throws Exception {
        long ticket = tenant.ticket(tenant.admin(), "Commented by a plugin");
        ConcurrentWritesIT.concurrently(i -> () -> tenant.admin().post(tenant.path("/plugins/echo/comment"),
                        Json.createObjectBuilder().add("ticketId", ticket).add("body", "Plugin comment " + i).build()))
                .forEach(reply -> reply.expect(200));
        assertEquals(ConcurrentWritesIT.WRITERS, tenant.admin().get(tenant.path("/tickets/" + ticket + "/comments"))
                .expect(200).json().getInt("total"));
    }

    @Test
    void anAnswerThatCannotBeSerialisedIsAPluginErrorNamingThePlugin() {
        Reply reply = tenant.admin().get(tenant.path("/plugins/echo/unserialisable"));
        JsonObject problem = reply.expectProblem(500);
        assertEquals("https://annex.dev/problems/internal", problem.getString("type"));
        assertTrue(problem.getString("detail").contains("echo"), problem::toString);
        assertTrue(problem.getString("detail").contains("cannot be serialised"), problem::toString);
        assertTrue(!reply.body().contains("never shown"), "nothing of the value leaks");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
