package dev.annex.host.links;

import dev.annex.host.security.LoginThrottle;
import dev.annex.plugin.api.links.SecretLink;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Slows down guessing of secret links. Every look-up that finds nothing counts as a failure of the
 * client asking, and after a few of them the next look-ups are refused for a while, whether the
 * secret is right or not — so guessing is slow and a refusal says nothing about the secret.
 * Successes do not clear the count: someone holding one valid link could otherwise reset it
 * between guesses.
 */
public final class SecretLinkGuesses {

    private final LoginThrottle throttle;
    private final BiFunction<Duration, String, ? extends RuntimeException> tooManyAttempts;

    /**
     * @param tooManyAttempts how the caller refuses a client that is held back, given the wait in
     *                        whole seconds (at least one) and a sentence for the person
     */
    public SecretLinkGuesses(LoginThrottle throttle,
                             BiFunction<Duration, String, ? extends RuntimeException> tooManyAttempts) {
        this.throttle = throttle;
        this.tooManyAttempts = tooManyAttempts;
    }

    /**
     * @param area   whose links are guessed at, e.g. one plugin's of one purpose in one tenant:
     *               failures in one area do not hold the client back in another
     * @param client who asks
     * @param lookUp the look-up itself, not run while the client is held back
     */
    public Optional<SecretLink> lookUp(String area, String client, Supplier<Optional<SecretLink>> lookUp) {
        Optional<Duration> wait = throttle.blockedFor(area, client);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            throw tooManyAttempts.apply(Duration.ofSeconds(seconds),
                    "Too many links that did not work; try again in " + seconds + " seconds.");
        }
        Optional<SecretLink> found = lookUp.get();
        if (found.isEmpty()) {
            throttle.failed(area, client);
        }
        return found;
    }
}
