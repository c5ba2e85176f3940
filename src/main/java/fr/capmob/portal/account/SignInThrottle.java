package fr.capmob.portal.account;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * Sign-in limits, kept in this node's memory (several nodes each keep their own):
 * <ul>
 * <li>per client (the request's remote address, as Spring resolves it from the forwarded headers): a Bucket4j token
 * bucket of {@code clientAttemptsPerMinute} attempts, refilled greedily over a minute; every attempt takes a token
 * and a successful sign-in gives it back, so a school's users behind one address are not slowed by their own
 * successes;</li>
 * <li>per (e-mail typed, client): {@code maxFailedAttempts} wrong passwords in a row lock that e-mail for that client
 * during {@code lockDuration}. The e-mail need not exist, so known and unknown addresses answer alike, and a stranger
 * locks the account only for their own address: its owner signs in from anywhere else.</li>
 * </ul>
 * Both maps are bounded (least recently used entries dropped), so forged addresses cannot fill the memory.
 */
@Component
class SignInThrottle {

    static final int MAX_ENTRIES = 50_000;

    private static final class Failures {
        private int count;
        private Instant lockedUntil;
    }

    private final LoginProperties properties;
    private final Clock clock;
    private final Map<String, Bucket> clients = bounded();
    private final Map<String, Failures> failures = bounded();

    SignInThrottle(LoginProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Takes one attempt from the client's allowance; empty when allowed, else the seconds to wait. */
    OptionalLong admit(String client) {
        ConsumptionProbe probe = clients.computeIfAbsent(client, key -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
    }

    /** Gives back the attempt of a successful sign-in. */
    void refund(String client) {
        Bucket bucket = clients.get(client);
        if (bucket != null) {
            bucket.addTokens(1);
        }
    }

    boolean locked(String email, String client) {
        Failures entry = failures.get(key(email, client));
        if (entry == null) {
            return false;
        }
        synchronized (entry) {
            return entry.lockedUntil != null && entry.lockedUntil.isAfter(clock.instant());
        }
    }

    /** One more wrong password; the attempt that reaches the maximum locks the e-mail for this client. */
    void failed(String email, String client) {
        Failures entry = failures.computeIfAbsent(key(email, client), key -> new Failures());
        synchronized (entry) {
            Instant now = clock.instant();
            if (entry.lockedUntil != null && !entry.lockedUntil.isAfter(now)) {
                entry.lockedUntil = null;
                entry.count = 0;
            }
            entry.count++;
            if (entry.count >= properties.maxFailedAttempts()) {
                entry.lockedUntil = now.plus(properties.lockDuration());
            }
        }
    }

    void succeeded(String email, String client) {
        failures.remove(key(email, client));
        refund(client);
    }

    private Bucket newBucket() {
        int perMinute = properties.clientAttemptsPerMinute();
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
    }

    private static String key(String email, String client) {
        return UserAccount.normaliseEmail(email) + "\n" + client;
    }

    private static <V> Map<String, V> bounded() {
        return Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MAX_ENTRIES;
            }
        });
    }
}
