package it.dev.annex.host.helpdesk.rt;

import dev.annex.host.helpdesk.rt.client.RtQueue;
import dev.annex.host.helpdesk.rt.config.CheckedConnection;
import dev.annex.host.helpdesk.rt.config.ConnectionCheck;
import dev.annex.host.helpdesk.rt.config.InvalidRtSettingException;
import dev.annex.host.helpdesk.rt.config.RtSettings;
import dev.annex.host.helpdesk.rt.sync.OrganisationRule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The operator's RT settings checked against the real RT before they are saved. */
class ConnectionCheckIT {

    private final ConnectionCheck check = new ConnectionCheck(RealRt.TIMEOUT);
    private final String token = token();

    private static String token() {
        try {
            return Files.readString(RealRt.HOME.resolve("token"), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private RtSettings settings(String url, String token, List<String> queues, String statusMap) {
        return new RtSettings(url, token, queues, OrganisationRule.ORGANIZATION_FIELD, statusMap);
    }

    private String refusedField(RtSettings settings) {
        return assertThrows(InvalidRtSettingException.class, () -> check.check(settings)).field();
    }

    @Test
    void goodSettingsResolveTheQueuesToRtIds() {
        RtQueue one = RealRt.queue(RealRt.basic(), null);
        RtQueue two = RealRt.queue(RealRt.basic(), "annex-custom");
        CheckedConnection connection = check.check(settings(RealRt.URL + "/", token,
                List.of(one.name(), " " + two.name() + " ", one.name()), "waiting-for-customer=PENDING"));
        assertEquals(Set.of(one.id(), two.id()), connection.rules().queueIds());
        assertTrue(connection.rtVersion().startsWith("5.0"));
        assertEquals(RealRt.URL, connection.endpoint().baseUrl());
    }

    @Test
    void eachWrongSettingIsRefusedByName() throws IOException {
        String queue = RealRt.queue(RealRt.basic(), null).name();
        assertEquals("baseUrl", refusedField(settings("not a url", token, List.of(queue), "")));
        assertEquals("baseUrl", refusedField(settings("file:///etc/passwd", token, List.of(queue), "")));
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        assertEquals("baseUrl", refusedField(settings("http://127.0.0.1:" + closed, token, List.of(queue), "")));
        assertEquals("baseUrl", refusedField(settings(RealRt.URL + "/NoAuth", token, List.of(queue), "")));
        assertEquals("token", refusedField(settings(RealRt.URL.toString(), "1-99-0123456789abcdef", List.of(queue), "")));
        assertEquals("token", refusedField(settings(RealRt.URL.toString(), "bad token\r\nX-Injected: 1", List.of(queue), "")));
        assertEquals("queues", refusedField(settings(RealRt.URL.toString(), token, List.of(), "")));
        assertEquals("queues", refusedField(settings(RealRt.URL.toString(), token, List.of(RealRt.unique("none")), "")));
        assertEquals("statusMap", refusedField(settings(RealRt.URL.toString(), token, List.of(queue), "open=DONE")));
    }

    @Test
    void theReasonSaysWhichQueueIsMissing() {
        String missing = RealRt.unique("no-such-queue");
        InvalidRtSettingException e = assertThrows(InvalidRtSettingException.class,
                () -> check.check(settings(RealRt.URL.toString(), token, List.of(missing), "")));
        assertTrue(e.getMessage().contains(missing), e.getMessage());
    }
}
