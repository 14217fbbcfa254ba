package dev.annex.host.helpdesk.rt.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * How Annex signs in to RT's REST 2: an RT auth token or HTTP Basic. Never a cookie session: RT
 * refuses a cookie-authenticated write without Origin or Referer (its CSRF check).
 */
public sealed interface RtCredentials {

    /** The value of the {@code Authorization} header. */
    String authorization();

    /** An RT 5 auth token (created in RT under the user's preferences, or by {@code RT::AuthToken}). */
    record Token(String secret) implements RtCredentials {
        public Token {
            Objects.requireNonNull(secret, "secret");
        }

        @Override
        public String authorization() {
            return "token " + secret;
        }

        @Override
        public String toString() {
            return "Token[…]";
        }
    }

    record Basic(String user, String password) implements RtCredentials {
        public Basic {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String authorization() {
            return "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return "Basic[" + user + ", …]";
        }
    }
}
