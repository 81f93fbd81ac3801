package io.trustframe.launcher.policies;

import com.nimbusds.jose.jwk.RSAKey;
import io.trustframe.engine.spi.JdkHttpCaller;
import io.trustframe.engine.spi.PolicyKeys;
import io.trustframe.engine.spi.Ports;
import io.trustframe.engine.spi.VerificationMail;
import io.trustframe.engine.spi.memory.InMemoryDirectory;
import io.trustframe.engine.spi.memory.InMemoryOtpStore;
import io.trustframe.engine.spi.memory.InMemorySsoSessions;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The identity service's side of the engine's ports, in memory: a directory, the OTP and SSO stores, the two Twilio
 * policy keys, a fixed clock and a seeded random source. HTTP is real (JDK client): to {@link EdgeStub}, or to the verify service.
 */
final class InMemoryWorld {

    final InMemoryDirectory directory = new InMemoryDirectory("contoso.onmicrosoft.com", 10);
    private final InMemoryOtpStore otps = new InMemoryOtpStore();
    private final InMemorySsoSessions sessions = new InMemorySsoSessions();
    final Clock clock = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
    private final Random random = new Random(7);

    private final String twilioAccount;
    private final String twilioSecret;

    /** With the Twilio policy keys set to {@link EdgeStub}'s credentials. */
    InMemoryWorld() {
        this(EdgeStub.ACCOUNT, EdgeStub.AUTH_TOKEN);
    }

    InMemoryWorld(String twilioAccount, String twilioSecret) {
        this.twilioAccount = twilioAccount;
        this.twilioSecret = twilioSecret;
    }

    Ports ports() {
        // Trustframe's policies verify phones, not addresses: a built-in email verification mail would be a bug.
        VerificationMail noMail = (to, code, culture) -> {
            throw new AssertionError("Trustframe's policies sent an email verification code to " + to);
        };
        return new Ports(directory, new JdkHttpCaller(), keys(), otps, sessions, noMail, clock,
                () -> random);
    }

    private PolicyKeys keys() {
        Map<String, String> secrets = Map.of("b2c_1a_b2cresttwilioclientid", twilioAccount,
                "b2c_1a_b2cresttwilioclientsecret", twilioSecret);
        return new PolicyKeys() {
            @Override
            public Optional<byte[]> secret(String containerName) {
                return Optional.ofNullable(secrets.get(containerName.toLowerCase()))
                        .map(s -> s.getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public Optional<RSAKey> rsaKey(String containerName) {
                return Optional.empty();
            }
        };
    }
}
