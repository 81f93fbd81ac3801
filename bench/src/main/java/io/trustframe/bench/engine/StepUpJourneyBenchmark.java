package io.trustframe.bench.engine;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.trustframe.engine.journey.JourneyEngine;
import io.trustframe.engine.journey.JourneyRequest;
import io.trustframe.engine.journey.JourneyState;
import io.trustframe.engine.journey.JourneyStateJson;
import io.trustframe.engine.journey.Outcome;
import io.trustframe.engine.journey.Submission;
import io.trustframe.engine.policy.PolicyLoader;
import io.trustframe.engine.policy.PolicySet;
import io.trustframe.engine.policy.PolicySource;
import io.trustframe.engine.policy.RelyingPartyPolicy;
import io.trustframe.engine.spi.Directory;
import io.trustframe.engine.spi.HttpCaller;
import io.trustframe.engine.spi.OtpStore;
import io.trustframe.engine.spi.PolicyKeys;
import io.trustframe.engine.spi.Ports;
import io.trustframe.engine.spi.SsoSessions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Engine time of the PSD2 walkthrough's step-up journey (SocialAndLocalAccountsWithMfa + StepUpPSD2, with the
 * walkthrough's edits), network excluded: the HttpCaller port answers the bank's metadata and keys and Twilio Verify
 * from memory, so what is measured is policy execution, id_token_hint verification (RSA), REST request building and
 * response mapping, and the journey-state JSON. Per step (each resumes a saved state) and per whole journey
 * (start → SendCode → VerifyCode → submit → Complete, with the JSON round trip the identity service does between
 * requests).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class StepUpJourneyBenchmark {

    private static final String STUB = "http://stub.invalid";
    private static final String CONTROL = "phoneVerificationControl-ReadOnly";

    private JourneyEngine engine;
    private RelyingPartyPolicy stepUp;
    private JourneyRequest request;
    private JourneyState afterStart;
    private JourneyState afterSendCode;
    private JourneyState afterVerifyCode;

    @Setup
    public void prepare() throws Exception {
        String corpus = System.getProperty("trustframe.corpus", System.getenv("TRUSTFRAME_CORPUS"));
        if (corpus == null) {
            throw new IllegalStateException("set -Dtrustframe.corpus=… or TRUSTFRAME_CORPUS to the corpus folder");
        }
        PolicySet policies = load(Path.of(corpus), List.of("starterpack/SocialAndLocalAccountsWithMfa",
                "twilio-verify-psd2/SignUpSignIn", "twilio-verify-psd2/StepUpPSD2"));
        stepUp = policies.relyingParty("B2C_1A_PSD2_StepUp");
        RSAKey bankKey = new RSAKeyGenerator(2048).keyID("bank-1").generate();
        Instant now = Instant.parse("2026-11-28T09:00:00Z");
        MemoryDirectory directory = new MemoryDirectory();
        String objectId = directory.write(null, Map.of("signInNames.emailAddress", "ada@example.com",
                "password", "Passw0rd!", "strongAuthenticationPhoneNumber", "+12025550123", "displayName", "Ada")).objectId();
        Map<String, SsoSessions.SsoSession> sessions = new ConcurrentHashMap<>();
        // The SSO session a sign-in with the walkthrough's sign-up policy leaves behind.
        sessions.put("sso-1", new SsoSessions.SsoSession("sso-1", Map.of("SelfAsserted-LocalAccountSignin-Email",
                Map.of("objectId", objectId, "signInName", "ada@example.com",
                        "authenticationSource", "localAccountAuthentication", "phoneNumberString", "+12025550123")),
                List.of("bank"), List.of("B2C_1A_PSD2_SUSI"), now.plusSeconds(86_400)));
        Ports ports = new Ports(directory, memoryHttp(bankKey), keys(), memoryOtps(), memorySessions(sessions),
                (email, code, culture) -> { }, Clock.fixed(now, ZoneOffset.UTC), () -> new Random(7));
        engine = new JourneyEngine(ports);
        request = JourneyRequest.of("contoso.onmicrosoft.com", "bank", "https://bank.example/signin-oidc")
                .withIdTokenHint(hint(bankKey, now)).withSsoSession("sso-1");

        afterStart = expect(engine.start(stepUp, request), Outcome.ShowPage.class).state();
        afterSendCode = expect(engine.resume(stepUp, afterStart, sendCode()), Outcome.ShowPage.class).state();
        afterVerifyCode = expect(engine.resume(stepUp, afterSendCode, verifyCode()), Outcome.ShowPage.class).state();
        expect(engine.resume(stepUp, afterVerifyCode, new Submission.Form(Map.of())), Outcome.Complete.class);
    }

    /** GetClaims (hint checked against the bank's JWKS), SSO skip of the password, directory read, the verify page. */
    @Benchmark
    public Outcome stepStart() {
        return engine.start(stepUp, request);
    }

    /** The display control's SendCode: a Verify Verifications call with To, Channel, Amount and Payee. */
    @Benchmark
    public Outcome stepSendCode() {
        return engine.resume(stepUp, afterStart, sendCode());
    }

    /** VerifyCode: VerificationCheck plus the AssertStringClaimsAreEqual on its status. */
    @Benchmark
    public Outcome stepVerifyCode() {
        return engine.resume(stepUp, afterSendCode, verifyCode());
    }

    /** The page's submission and SendClaims (token claims, issuer settings, SSO session write). */
    @Benchmark
    public Outcome stepSubmitAndSendClaims() {
        return engine.resume(stepUp, afterVerifyCode, new Submission.Form(Map.of()));
    }

    /** The journey state to JSON and back, as done between any two requests. */
    @Benchmark
    public JourneyState stateJsonRoundTrip() {
        return JourneyStateJson.read(JourneyStateJson.write(afterSendCode));
    }

    @Benchmark
    public Outcome wholeStepUpJourney() {
        Outcome outcome = engine.start(stepUp, request);
        outcome = engine.resume(stepUp, roundTrip(outcome), sendCode());
        outcome = engine.resume(stepUp, roundTrip(outcome), verifyCode());
        return engine.resume(stepUp, roundTrip(outcome), new Submission.Form(Map.of()));
    }

    private static JourneyState roundTrip(Outcome outcome) {
        return JourneyStateJson.read(JourneyStateJson.write(outcome.state()));
    }

    private static Submission sendCode() {
        return new Submission.ControlAction(CONTROL, "SendCode", Map.of());
    }

    private static Submission verifyCode() {
        return new Submission.ControlAction(CONTROL, "VerifyCode", Map.of("verificationCode", "731905"));
    }

    private static <T extends Outcome> T expect(Outcome outcome, Class<T> type) {
        if (!type.isInstance(outcome)) {
            throw new IllegalStateException("expected " + type.getSimpleName() + ", got " + outcome);
        }
        if (outcome instanceof Outcome.ShowPage page && !page.page().errors().isEmpty()) {
            throw new IllegalStateException("page errors: " + page.page().errors());
        }
        return type.cast(outcome);
    }

    private static String hint(RSAKey key, Instant now) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("https://bank.example").audience("trustframe")
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(3600)))
                .claim("amount", "50.00").claim("payee", "John Doe").build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static PolicySet load(Path corpus, List<String> folders) throws IOException {
        Map<String, String> edits = Map.of("https://verify.twilio.com", STUB, "https://api.twilio.com", STUB,
                "https://psd2demo.azurewebsites.net", STUB, "yourtenant.onmicrosoft.com", "contoso.onmicrosoft.com");
        List<PolicySource> sources = new ArrayList<>();
        for (String folder : folders) {
            try (Stream<Path> files = Files.list(corpus.resolve(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    text = text.startsWith("\uFEFF") ? text.substring(1) : text;
                    for (Map.Entry<String, String> edit : edits.entrySet()) {
                        text = text.replace(edit.getKey(), edit.getValue());
                    }
                    sources.add(PolicySource.of(folder + "/" + file.getFileName(), text));
                }
            }
        }
        return PolicyLoader.load(sources);
    }

    /** The bank's metadata and keys, and Twilio Verify approving code 731905, answered from memory. */
    private static HttpCaller memoryHttp(RSAKey bankKey) {
        String metadata = "{\"issuer\":\"https://bank.example\",\"jwks_uri\":\"" + STUB + "/keys\"}";
        String keys = new JWKSet(bankKey.toPublicJWK()).toString();
        return request -> {
            String url = request.url();
            String body = url.endsWith("/openid-configuration") ? metadata
                    : url.endsWith("/keys") ? keys
                    : url.endsWith("/VerificationCheck") ? "{\"status\":\"" + (new String(request.body(),
                    StandardCharsets.UTF_8).contains("Code=731905") ? "approved" : "pending") + "\"}"
                    : "{\"status\":\"pending\"}";
            return new HttpCaller.HttpResponse(200, Map.of(), body.getBytes(StandardCharsets.UTF_8), null);
        };
    }

    private static PolicyKeys keys() {
        return new PolicyKeys() {
            @Override
            public Optional<byte[]> secret(String name) {
                return Optional.of("bench-secret".getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public Optional<RSAKey> rsaKey(String name) {
                return Optional.empty();
            }
        };
    }

    private static OtpStore memoryOtps() {
        Map<String, OtpStore.OtpEntry> entries = new ConcurrentHashMap<>();
        return new OtpStore() {
            @Override
            public void put(String identifier, OtpEntry entry) {
                entries.put(identifier, entry);
            }

            @Override
            public Optional<OtpEntry> get(String identifier) {
                return Optional.ofNullable(entries.get(identifier));
            }

            @Override
            public void remove(String identifier) {
                entries.remove(identifier);
            }
        };
    }

    private static SsoSessions memorySessions(Map<String, SsoSessions.SsoSession> sessions) {
        return new SsoSessions() {
            @Override
            public Optional<SsoSession> find(String id) {
                return Optional.ofNullable(sessions.get(id));
            }

            @Override
            public void save(SsoSession session) {
                // The benchmark's journeys all continue the one prepared session; writes are measured, not kept.
            }

            @Override
            public void delete(String id) {
                sessions.remove(id);
            }
        };
    }

    /** Enough of a directory for the step-up: users by object id. */
    private static final class MemoryDirectory implements Directory {
        private final Map<String, DirectoryUser> users = new ConcurrentHashMap<>();

        @Override
        public Optional<DirectoryUser> byObjectId(String objectId) {
            return Optional.ofNullable(users.get(objectId));
        }

        @Override
        public Optional<DirectoryUser> bySignInName(String type, String value) {
            return users.values().stream()
                    .filter(u -> value.equalsIgnoreCase(u.attributes().get("signInNames." + type))).findFirst();
        }

        @Override
        public Optional<DirectoryUser> byUserPrincipalName(String upn) {
            return Optional.empty();
        }

        @Override
        public Optional<DirectoryUser> byAlternativeSecurityId(String issuer, String subject) {
            return Optional.empty();
        }

        @Override
        public DirectoryUser write(String objectId, Map<String, String> attributes) {
            String id = objectId != null ? objectId : "00000000-0000-0000-0000-00000000000" + (users.size() + 1);
            Map<String, String> merged = new java.util.HashMap<>(users.containsKey(id) ? users.get(id).attributes() : Map.of());
            attributes.forEach((k, v) -> {
                if (!k.equalsIgnoreCase("password")) {
                    merged.put(k, v);
                }
            });
            DirectoryUser user = new DirectoryUser(id, merged);
            users.put(id, user);
            return user;
        }

        @Override
        public void delete(String objectId) {
            users.remove(objectId);
        }

        @Override
        public PasswordCheck checkPassword(String signInName, String password) {
            return new PasswordCheck.UnknownUser();
        }
    }
}
