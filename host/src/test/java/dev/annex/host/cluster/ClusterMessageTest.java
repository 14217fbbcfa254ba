package dev.annex.host.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClusterMessageTest {

    @Test
    void aChangeTravelsAsNodeTopicAndKey() {
        ClusterChange change = new ClusterChange("tenant-plugins", "42");
        String payload = ClusterMessage.format("node-1", change);
        assertEquals("node-1 tenant-plugins 42", payload);
        assertEquals(Optional.of(new ClusterMessage("node-1", change)), ClusterMessage.parse(payload));
    }

    @Test
    void aKeyMayHoldSpaces() {
        ClusterChange change = new ClusterChange("credentials", "a b c");
        assertEquals(change, ClusterMessage.parse(ClusterMessage.format("n", change)).orElseThrow().change());
    }

    @Test
    void whatIsNotAMessageIsIgnored() {
        assertTrue(ClusterMessage.parse(null).isEmpty());
        assertTrue(ClusterMessage.parse("hello").isEmpty());
        assertTrue(ClusterMessage.parse("node BadTopic key").isEmpty());
    }
}
