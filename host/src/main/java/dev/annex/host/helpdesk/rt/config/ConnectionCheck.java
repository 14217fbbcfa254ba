package dev.annex.host.helpdesk.rt.config;

import dev.annex.host.helpdesk.rt.client.RtAuthenticationException;
import dev.annex.host.helpdesk.rt.client.RtClient;
import dev.annex.host.helpdesk.rt.client.RtCredentials;
import dev.annex.host.helpdesk.rt.client.RtEndpoint;
import dev.annex.host.helpdesk.rt.client.RtException;
import dev.annex.host.helpdesk.rt.client.RtQueue;
import dev.annex.host.helpdesk.rt.client.RtUnavailableException;
import dev.annex.host.helpdesk.rt.mapping.StatusMapping;
import dev.annex.host.helpdesk.rt.sync.TenantRules;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the operator's RT settings against RT itself before they are saved: the address answers
 * as RT's REST 2, the token signs in, every queue exists and is enabled, the status entries read.
 * Each refusal names the setting and says why, for a 422.
 */
public final class ConnectionCheck {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9-]{8,200}");
    private static final int MAX_QUEUES = 50;

    private final Duration timeout;

    public ConnectionCheck(Duration timeout) {
        this.timeout = timeout;
    }

    public CheckedConnection check(RtSettings settings) {
        URI url = url(settings.baseUrl());
        if (settings.token() == null || !TOKEN.matcher(settings.token()).matches()) {
            throw new InvalidRtSettingException("token", "must be an RT auth token (letters, digits and dashes)");
        }
        if (settings.organisations() == null) {
            throw new InvalidRtSettingException("organisations", "must be ORGANIZATION_FIELD or GROUP");
        }
        StatusMapping statuses;
        try {
            statuses = StatusMapping.parse(settings.statusMap());
        } catch (IllegalArgumentException e) {
            throw new InvalidRtSettingException("statusMap", e.getMessage());
        }
        Set<String> names = new LinkedHashSet<>();
        for (String queue : settings.queues()) {
            if (queue != null && !queue.isBlank()) {
                names.add(queue.strip());
            }
        }
        if (names.isEmpty() || names.size() > MAX_QUEUES) {
            throw new InvalidRtSettingException("queues", "must name between 1 and " + MAX_QUEUES + " RT queues");
        }

        RtEndpoint endpoint = new RtEndpoint(url, new RtCredentials.Token(settings.token()), timeout);
        RtClient rt = new RtClient(endpoint);
        String version;
        try {
            version = rt.version();
        } catch (RtAuthenticationException e) {
            throw new InvalidRtSettingException("token", "RT refused the token: " + e.getMessage());
        } catch (RtUnavailableException e) {
            throw new InvalidRtSettingException("baseUrl", "RT does not answer there: " + e.getMessage());
        } catch (RtException | IllegalStateException e) {
            throw new InvalidRtSettingException("baseUrl", "this is not RT's REST 2: " + e.getMessage());
        }
        if (version.isEmpty()) {
            throw new InvalidRtSettingException("baseUrl", "this is not RT's REST 2 (no version)");
        }
        if (!version.startsWith("5.")) {
            throw new InvalidRtSettingException("baseUrl", "RT " + version + " is not supported (RT 5 is)");
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String name : names) {
            RtQueue queue;
            try {
                queue = rt.queue(name).orElseThrow(() ->
                        new InvalidRtSettingException("queues", "RT has no queue \"" + name + "\" (or the token may not see it)"));
            } catch (RtException e) {
                throw new InvalidRtSettingException("queues", "RT refused to show queue \"" + name + "\": " + e.getMessage());
            }
            if (queue.disabled()) {
                throw new InvalidRtSettingException("queues", "RT queue \"" + name + "\" is disabled");
            }
            ids.add(queue.id());
        }
        long newest;
        try {
            newest = rt.lastTransactionId();
        } catch (RtException e) {
            throw new InvalidRtSettingException("token", "RT refused to show its transactions to the token"
                    + " (the feed reads them): " + e.getMessage());
        }
        return new CheckedConnection(endpoint, new TenantRules(ids, statuses, settings.organisations()), version,
                newest);
    }

    private static URI url(String text) {
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw new InvalidRtSettingException("baseUrl", "must be RT's web address, e.g. https://rt.example.com");
        }
        try {
            return RtEndpoint.normalised(new URI(text.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new InvalidRtSettingException("baseUrl", e instanceof URISyntaxException
                    ? "is not an address" : e.getMessage());
        }
    }
}
