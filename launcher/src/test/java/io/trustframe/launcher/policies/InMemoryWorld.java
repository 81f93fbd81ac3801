package io.trustframe.launcher.policies;

import com.nimbusds.jose.jwk.RSAKey;
import io.trustframe.engine.spi.Directory;
import io.trustframe.engine.spi.JdkHttpCaller;
import io.trustframe.engine.spi.OtpStore;
import io.trustframe.engine.spi.PolicyKeys;
import io.trustframe.engine.spi.Ports;
import io.trustframe.engine.spi.SsoSessions;
import io.trustframe.engine.spi.VerificationMail;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * The identity service's side of the engine's ports, in memory: a directory, the OTP and SSO stores, the two Twilio
 * policy keys, a fixed clock and a seeded random source. HTTP is real (JDK client): to {@link EdgeStub}, or to the verify service.
 */
final class InMemoryWorld {

    final Users directory = new Users();
    final Map<String, OtpStore.OtpEntry> otps = new LinkedHashMap<>();
    final Map<String, SsoSessions.SsoSession> sessions = new LinkedHashMap<>();
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
        return new Ports(directory, new JdkHttpCaller(), keys(), otpStore(), ssoSessions(), noMail, clock,
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

    private OtpStore otpStore() {
        return new OtpStore() {
            @Override
            public void put(String identifier, OtpEntry entry) {
                otps.put(identifier, entry);
            }

            @Override
            public Optional<OtpEntry> get(String identifier) {
                return Optional.ofNullable(otps.get(identifier));
            }

            @Override
            public void remove(String identifier) {
                otps.remove(identifier);
            }
        };
    }

    private SsoSessions ssoSessions() {
        return new SsoSessions() {
            @Override
            public Optional<SsoSession> find(String sessionId) {
                return Optional.ofNullable(sessions.get(sessionId));
            }

            @Override
            public void save(SsoSession session) {
                sessions.put(session.id(), session);
            }

            @Override
            public void delete(String sessionId) {
                sessions.remove(sessionId);
            }
        };
    }

    /** Users as attribute maps; passwords kept apart and only compared. */
    static final class Users implements Directory {
        private final Map<String, Map<String, String>> users = new LinkedHashMap<>();
        private final Map<String, String> passwords = new LinkedHashMap<>();
        private int created;

        int size() {
            return users.size();
        }

        @Override
        public Optional<DirectoryUser> byObjectId(String objectId) {
            return Optional.ofNullable(users.get(objectId)).map(a -> new DirectoryUser(objectId, a));
        }

        @Override
        public Optional<DirectoryUser> bySignInName(String type, String value) {
            return find("signInNames." + type, value);
        }

        @Override
        public Optional<DirectoryUser> byUserPrincipalName(String userPrincipalName) {
            return find("userPrincipalName", userPrincipalName);
        }

        @Override
        public Optional<DirectoryUser> byAlternativeSecurityId(String issuer, String subject) {
            return Optional.empty();
        }

        private Optional<DirectoryUser> find(String attribute, String value) {
            return users.entrySet().stream()
                    .filter(u -> u.getValue().entrySet().stream().anyMatch(
                            a -> a.getKey().equalsIgnoreCase(attribute) && a.getValue().equalsIgnoreCase(value)))
                    .map(u -> new DirectoryUser(u.getKey(), u.getValue())).findFirst();
        }

        @Override
        public DirectoryUser write(String objectId, Map<String, String> attributes) {
            String id = objectId != null ? objectId : new UUID(0x7f, ++created).toString();
            Map<String, String> stored = users.computeIfAbsent(id, k -> new LinkedHashMap<>());
            attributes.forEach((name, value) -> {
                if (name.equalsIgnoreCase("password")) {
                    passwords.put(id, value);
                } else {
                    stored.put(name, value);
                }
            });
            return new DirectoryUser(id, stored);
        }

        @Override
        public void delete(String objectId) {
            users.remove(objectId);
            passwords.remove(objectId);
        }

        @Override
        public PasswordCheck checkPassword(String signInName, String password) {
            Optional<DirectoryUser> user = find("signInNames.emailAddress", signInName);
            if (user.isEmpty()) {
                return new PasswordCheck.UnknownUser();
            }
            return password.equals(passwords.get(user.get().objectId())) ? new PasswordCheck.Valid(user.get())
                    : new PasswordCheck.WrongPassword();
        }
    }
}
