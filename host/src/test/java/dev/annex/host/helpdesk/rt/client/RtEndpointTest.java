package dev.annex.host.helpdesk.rt.client;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RtEndpointTest {

    private static final RtCredentials TOKEN = new RtCredentials.Token("secret");

    @Test
    void restAddressesAreBelowTheBaseUrlWithoutADoubleSlash() {
        RtEndpoint endpoint = new RtEndpoint(URI.create("https://rt.example.com/rt/"), TOKEN);
        assertEquals(URI.create("https://rt.example.com/rt/REST/2.0/ticket/1"), endpoint.rest("ticket/1"));
    }

    @Test
    void onlyPlainHttpAddressesAreAccepted() {
        assertThrows(IllegalArgumentException.class, () -> RtEndpoint.normalised(URI.create("ftp://rt.example.com")));
        assertThrows(IllegalArgumentException.class, () -> RtEndpoint.normalised(URI.create("rt.example.com")));
        assertThrows(IllegalArgumentException.class, () -> RtEndpoint.normalised(URI.create("https://u:p@rt.example.com")));
        assertThrows(IllegalArgumentException.class, () -> RtEndpoint.normalised(URI.create("https://rt.example.com/?x=1")));
    }

    @Test
    void credentialsNeverShowTheirSecret() {
        assertEquals("Token[…]", TOKEN.toString());
        assertEquals("Basic[annex, …]", new RtCredentials.Basic("annex", "pw").toString());
        assertEquals("token secret", TOKEN.authorization());
    }
}
