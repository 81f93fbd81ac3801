package io.trustframe.engine.journey;

import com.nimbusds.jose.jwk.RSAKey;
import io.trustframe.engine.spi.ClientCertificate;
import io.trustframe.engine.spi.HttpCaller;
import io.trustframe.engine.spi.JdkHttpCaller;
import io.trustframe.engine.spi.PolicyKeys;
import io.trustframe.engine.spi.Ports;
import io.trustframe.engine.spi.memory.InMemoryDirectory;
import io.trustframe.engine.spi.memory.InMemoryOtpStore;
import io.trustframe.engine.spi.memory.InMemorySsoSessions;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** Ports for journey tests: in-memory stores, a clock the test moves, a seeded random source, real JDK HTTP. */
final class TestPorts {

    final InMemoryDirectory directory = new InMemoryDirectory("contoso.example", 5);
    final InMemoryOtpStore otps = new InMemoryOtpStore();
    final InMemorySsoSessions sessions = new InMemorySsoSessions();
    final Map<String, byte[]> secrets = new LinkedHashMap<>();
    final Map<String, RSAKey> rsaKeys = new LinkedHashMap<>();
    final Map<String, ClientCertificate> certificates = new LinkedHashMap<>();
    final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T09:00:00Z"));
    final Random random = new Random(42);
    HttpCaller http = new JdkHttpCaller();
    final java.util.List<String[]> mails = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** The last code mailed to {@code email} by the built-in email verification. */
    String lastMailedCode(String email) {
        for (int i = mails.size() - 1; i >= 0; i--) {
            if (mails.get(i)[0].equalsIgnoreCase(email)) {
                return mails.get(i)[1];
            }
        }
        throw new AssertionError("no code was mailed to " + email);
    }

    /** Text messages of the phone factor: number and code, in order. */
    final java.util.List<String[]> texts = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** When set, the text-message sender refuses every message with this reason. */
    volatile String smsRefusal;

    /** The last code texted to {@code phoneNumber} (E.164) by the phone factor. */
    String lastTextedCode(String phoneNumber) {
        for (int i = texts.size() - 1; i >= 0; i--) {
            if (texts.get(i)[0].equals(phoneNumber)) {
                return texts.get(i)[1];
            }
        }
        throw new AssertionError("no code was texted to " + phoneNumber + "; texts: " + texts.size());
    }

    Ports ports() {
        return new Ports(directory, request -> http.call(request), keys(), otps, sessions,
                (email, code, culture) -> mails.add(new String[] {email, code}), clock, () -> random,
                (phone, code, culture) -> {
                    if (smsRefusal != null) {
                        throw new io.trustframe.engine.spi.VerificationSms.NotSent(smsRefusal);
                    }
                    texts.add(new String[] {phone, code});
                });
    }

    void secret(String name, String value) {
        secrets.put(name.toLowerCase(), value.getBytes(StandardCharsets.UTF_8));
    }

    private PolicyKeys keys() {
        return new PolicyKeys() {
            @Override
            public Optional<byte[]> secret(String containerName) {
                return Optional.ofNullable(secrets.get(containerName.toLowerCase()));
            }

            @Override
            public Optional<RSAKey> rsaKey(String containerName) {
                return Optional.ofNullable(rsaKeys.get(containerName.toLowerCase()));
            }

            @Override
            public Optional<ClientCertificate> clientCertificate(String containerName) {
                return Optional.ofNullable(certificates.get(containerName.toLowerCase()));
            }
        };
    }

    /** A clock tests move forward. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
