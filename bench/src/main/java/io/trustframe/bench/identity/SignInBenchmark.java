package io.trustframe.bench.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import com.sun.management.OperatingSystemMXBean;

import io.trustframe.identity.IdentityApplication;
import io.trustframe.identity.directory.Passwords;

/**
 * Load driver for the identity service: complete local-account sign-ins over HTTP with Trustframe's own
 * {@code B2C_1A_TF_SignUpOrSignIn} policy, from several client threads, on H2 (file database) and on PostgreSQL.
 *
 * <p>The service is set up as an administrator would, through its admin and Graph APIs: the default tenant, its token
 * keys (generated RSA), an app registration (web, one redirect URI, a client secret), Trustframe's policy set from the
 * identity module's classpath with its template tokens filled in (upload order and token names as the launcher's
 * {@code PolicyTemplates}), and N users created through {@code POST /v1.0/users}. Each measured sign-in is what a
 * browser and a confidential client with PKCE do: GET authorize (code flow, S256 challenge) → POST the sign-in page
 * (email, password, the page's tx and CSRF token, the cookies it set) → the 302 to the redirect URI with the code →
 * POST token (code, verifier, client secret) → the id_token's RS256 signature checked with Nimbus against the JWKS
 * (fetched once, as a relying party caches it) and its nonce compared.
 *
 * <p>Printed: sign-ins per second (wall clock), p50/p95 latency of a whole sign-in, process CPU-milliseconds per
 * sign-in (client and server share this JVM, so both are in it, and H2 too; PostgreSQL's own processes are not), the
 * time of one Argon2id hash and one verification with the directory's parameters, and the heap used after a full GC
 * before and after K journeys were started (GET authorize) and left paused on the sign-in page.
 *
 * <pre>
 * java … io.trustframe.bench.identity.SignInBenchmark [--journeys 500] [--warmup 100] [--threads 4] [--users 100]
 *      [--paused 2000] [--database h2|postgresql|both] [--pg-url jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres]
 * </pre>
 */
public final class SignInBenchmark {

    private static final String TENANT = "contoso";
    private static final String DOMAIN = TENANT + ".onmicrosoft.com";
    private static final String POLICY = "B2C_1A_TF_SignUpOrSignIn";
    private static final String REDIRECT = "https://bank.example/signin-oidc";
    private static final String PASSWORD = "Secret-Passw0rd";
    private static final String ADMIN_TOKEN = "bench-admin-token-" + HexFormat.of().toHexDigits(System.nanoTime());
    /** Base first, leaves last (the launcher's PolicyTemplates.FILES). */
    private static final List<String> FILES = List.of("TrustframeBase.xml", "TrustframeLocalization.xml",
            "TrustframeExtensions.xml", "SignUpOrSignIn.xml", "StepUp.xml", "PasswordReset.xml", "ProfileEdit.xml");
    private static final Pattern TOKEN = Pattern.compile("__([A-Z][A-Z0-9_]*?[A-Z0-9])__");
    private static final Pattern HIDDEN = Pattern.compile("name=\"(tx|csrf_token)\" value=\"([^\"]*)\"");
    private static final Pattern ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]*)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Settings(int journeys, int warmup, int threads, int users, int paused, String database,
                            String pgUrl) {
    }

    private record Result(String database, int journeys, double seconds, double cpuMillis, double p50, double p95,
                          long heapBefore, long heapPaused, int paused, long stateChars) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "%-10s %5d sign-ins in %6.2f s = %6.2f sign-ins/s, p50 %6.1f ms, p95 %6.1f ms, %6.1f CPU-ms per "
                            + "sign-in; heap after full GC %.1f MiB, with %d paused journeys %.1f MiB (%+.2f KiB per "
                            + "journey); %d characters of state+request stored per paused journey",
                    database, journeys, seconds, journeys / seconds, p50, p95, cpuMillis / journeys,
                    heapBefore / 1048576.0, paused, heapPaused / 1048576.0,
                    (heapPaused - heapBefore) / 1024.0 / paused, stateChars);
        }
    }

    private SignInBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = parse(args);
        System.out.printf(Locale.ROOT, "identity local-account sign-ins (%s, code flow + PKCE): %d measured after %d "
                        + "warm-up, %d client threads, %d users, %d paused journeys, %d CPUs, max heap %d MiB%n",
                POLICY, settings.journeys(), settings.warmup(), settings.threads(), settings.users(), settings.paused(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1048576);
        System.out.println(argon2());
        List<Result> results = new ArrayList<>();
        if (!settings.database().equals("postgresql")) {
            results.add(run("H2", settings, Optional.empty()));
        }
        if (!settings.database().equals("h2")) {
            String database = "tf_bench_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
            execute(settings.pgUrl(), "CREATE DATABASE " + database);
            try {
                String url = settings.pgUrl().replaceFirst("(//[^/]+/)[^?]*", "$1" + database);
                results.add(run("PostgreSQL", settings, Optional.of(url)));
            } finally {
                execute(settings.pgUrl(), "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
        results.forEach(System.out::println);
        System.exit(0);
    }

    /**
     * One hash and one verification with the directory's Argon2id parameters, on one thread, after a warm-up: wall time
     * and the thread's CPU time (on a loaded machine the wall time includes waiting for a core).
     */
    private static String argon2() {
        Passwords passwords = new Passwords();
        String hash = passwords.hash(PASSWORD);
        for (int i = 0; i < 5; i++) {
            passwords.matches(PASSWORD, passwords.hash(PASSWORD));
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int n = 20;
        double[] hashes = new double[n];
        double[] hashCpu = new double[n];
        double[] checks = new double[n];
        double[] checkCpu = new double[n];
        for (int i = 0; i < n; i++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            passwords.hash(PASSWORD);
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            if (!passwords.matches(PASSWORD, hash)) {
                throw new IllegalStateException("the password does not match its hash");
            }
            long t2 = System.nanoTime();
            long c2 = cpu.getCurrentThreadCpuTime();
            hashes[i] = (t1 - t0) / 1e6;
            hashCpu[i] = (c1 - c0) / 1e6;
            checks[i] = (t2 - t1) / 1e6;
            checkCpu[i] = (c2 - c1) / 1e6;
        }
        for (double[] values : List.of(hashes, hashCpu, checks, checkCpu)) {
            Arrays.sort(values);
        }
        return String.format(Locale.ROOT, "Argon2id (%s): one hash median %.1f ms wall (min %.1f), %.1f ms CPU (min "
                        + "%.1f); one verification median %.1f ms wall (min %.1f), %.1f ms CPU (min %.1f); %d of each "
                        + "on one thread", hash.substring(0, hash.lastIndexOf('$', hash.lastIndexOf('$') - 1)),
                hashes[n / 2], hashes[0], hashCpu[n / 2], hashCpu[0], checks[n / 2], checks[0], checkCpu[n / 2],
                checkCpu[0], n);
    }

    private static Result run(String name, Settings settings, Optional<String> jdbcUrl) throws Exception {
        Path dataDir = Files.createTempDirectory("tf-bench-identity");
        byte[] masterKey = new byte[32];
        RANDOM.nextBytes(masterKey);
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--trustframe.data-dir=" + dataDir,
                "--trustframe.identity.admin.token=" + ADMIN_TOKEN,
                "--trustframe.identity.master-key=" + Base64.getEncoder().encodeToString(masterKey),
                "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
        jdbcUrl.ifPresent(url -> args.add("--trustframe.identity.db.url=" + url));
        try (ConfigurableApplicationContext server = IdentityApplication.application()
                .run(IdentityApplication.withConfigName(args.toArray(String[]::new)))) {
            Client client = new Client("http://localhost:" + server.getEnvironment().getProperty("local.server.port"));
            long t0 = System.nanoTime();
            Deployment deployment = deploy(client);
            System.out.printf(Locale.ROOT, "%s: tenant, keys, app and policies in %.1f s%n", name,
                    (System.nanoTime() - t0) / 1e9);
            t0 = System.nanoTime();
            createUsers(client, settings);
            System.out.printf(Locale.ROOT, "%s: %d users created through Graph in %.1f s (%d threads)%n", name,
                    settings.users(), (System.nanoTime() - t0) / 1e9, settings.threads());

            AtomicInteger userCounter = new AtomicInteger();
            signIns(settings.warmup(), settings, client, deployment, userCounter, new long[settings.warmup()]);
            long[] latencies = new long[settings.journeys()];
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuBefore = os.getProcessCpuTime();
            long start = System.nanoTime();
            signIns(settings.journeys(), settings, client, deployment, userCounter, latencies);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuMillis = (os.getProcessCpuTime() - cpuBefore) / 1e6;
            Arrays.sort(latencies);

            JdbcClient jdbc = server.getBean(JdbcClient.class);
            jdbc.sql("DELETE FROM journeys").update();
            long heapBefore = heapAfterGc();
            startPaused(settings, client, deployment);
            long heapPaused = heapAfterGc();
            long stored = jdbc.sql("SELECT COUNT(*) FROM journeys").query(Long.class).single();
            if (stored < settings.paused()) {
                throw new IllegalStateException(stored + " journeys stored, " + settings.paused() + " started");
            }
            long chars = jdbc.sql("SELECT COALESCE(SUM(LENGTH(state) + LENGTH(authorize)), 0) FROM journeys")
                    .query(Long.class).single() / stored;
            return new Result(name, settings.journeys(), seconds, cpuMillis, percentile(latencies, 0.50),
                    percentile(latencies, 0.95), heapBefore, heapPaused, settings.paused(), chars);
        }
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static long heapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private record Deployment(String clientId, String clientSecret, RSAKey signingKey) {
    }

    /** The default tenant's token keys, the relying party's registration, Trustframe's policies; the JWKS. */
    private static Deployment deploy(Client client) throws Exception {
        for (String[] key : new String[][] {{"TokenSigningKeyContainer", "sig"}, {"TokenEncryptionKeyContainer", "enc"}}) {
            String keySets = "/graph/" + TENANT + "/beta/trustFramework/keySets";
            client.admin("POST", keySets, "application/json", "{\"id\":\"" + key[0] + "\"}", 201);
            client.admin("POST", keySets + "/B2C_1A_" + key[0] + "/generateKey", "application/json",
                    "{\"use\":\"" + key[1] + "\",\"kty\":\"RSA\"}", 200);
        }
        Map<String, Object> app = JSONObjectUtils.parse(client.admin("POST", "/graph/" + TENANT + "/v1.0/applications",
                "application/json", "{\"displayName\":\"Bank\",\"web\":{\"redirectUris\":[\"" + REDIRECT + "\"]}}",
                201));
        String clientId = (String) app.get("appId");
        @SuppressWarnings("unchecked")
        Map<String, Object> credential = ((List<Map<String, Object>>) app.get("passwordCredentials")).get(0);
        Map<String, String> tokens = Map.of("TENANT", DOMAIN, "VERIFY_BASE_URL", "http://localhost:8082",
                "VERIFY_SERVICE_SID", "VA00000000000000000000000000000000",
                "TWILIO_ACCOUNT_SID", "AC00000000000000000000000000000000", "SMS_FROM", "Trustframe",
                "BANK_METADATA_URL", "http://localhost:8080/.well-known/openid-configuration",
                "BANK_CLIENT_ID", clientId);
        for (String file : FILES) {
            String xml = fill(file, resource("policies/trustframe/" + file), tokens);
            String id = xml.replaceFirst("(?s).*?PolicyId=\"([^\"]+)\".*", "$1");
            client.admin("PUT", "/graph/" + TENANT + "/beta/trustFramework/policies/" + id + "/$value",
                    "application/xml", xml, 201);
        }
        Map<String, Object> metadata = JSONObjectUtils.parse(client.get("/" + TENANT + "/" + POLICY
                + "/v2.0/.well-known/openid-configuration", Map.of()).body());
        JWKSet jwks = JWKSet.parse(client.get(URI.create((String) metadata.get("jwks_uri")).getPath(), Map.of()).body());
        List<RSAKey> keys = jwks.getKeys().stream().filter(k -> k instanceof RSAKey).map(k -> (RSAKey) k).toList();
        if (keys.size() != 1) {
            throw new IllegalStateException("expected one signing key in the JWKS, got " + jwks);
        }
        return new Deployment(clientId, (String) credential.get("secretText"), keys.get(0));
    }

    private static void createUsers(Client client, Settings settings) throws Exception {
        AtomicInteger next = new AtomicInteger();
        parallel(settings.threads(), () -> {
            int i;
            while ((i = next.getAndIncrement()) < settings.users()) {
                client.admin("POST", "/graph/" + TENANT + "/v1.0/users", "application/json", """
                        {"displayName": "Customer %d",
                         "identities": [{"signInType": "emailAddress", "issuer": "%s", "issuerAssignedId": "%s"}],
                         "passwordProfile": {"password": "%s", "forceChangePasswordNextSignIn": false},
                         "strongAuthenticationPhoneNumber": "+44 7700%06d"}""".formatted(i, DOMAIN, email(i),
                        PASSWORD, i), 201);
            }
        });
    }

    private static String email(int user) {
        return "customer" + user + "@example.com";
    }

    private static void signIns(int count, Settings settings, Client client, Deployment deployment,
                                AtomicInteger userCounter, long[] latencies) throws Exception {
        AtomicInteger next = new AtomicInteger();
        parallel(settings.threads(), () -> {
            int i;
            while ((i = next.getAndIncrement()) < count) {
                long t0 = System.nanoTime();
                signIn(client, deployment, email(userCounter.getAndIncrement() % settings.users()));
                latencies[i] = System.nanoTime() - t0;
            }
        });
    }

    /** One whole sign-in, as a fresh browser (no SSO cookie) and the relying party behind it. */
    private static void signIn(Client client, Deployment deployment, String email) throws Exception {
        Map<String, String> cookies = new LinkedHashMap<>();
        String verifier = randomToken();
        String nonce = randomToken();
        String state = randomToken();
        HttpResponse<String> page = client.get(authorizePath(deployment, verifier, nonce, state), cookies);
        expect(page, 200);
        Map<String, String> form = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(page.body());
        while (hidden.find()) {
            form.put(hidden.group(1), hidden.group(2));
        }
        Matcher action = ACTION.matcher(page.body());
        if (form.size() != 2 || !action.find()) {
            throw new IllegalStateException("no sign-in form on the page: " + page.body());
        }
        form.put("_action", "continue");
        form.put("email", email);
        form.put("password", PASSWORD);
        HttpResponse<String> done = client.post(URI.create(action.group(1)), form, cookies);
        expect(done, 302);
        Map<String, String> response = query(done.headers().firstValue("Location").orElseThrow());
        if (!state.equals(response.get("state")) || !response.containsKey("code")) {
            throw new IllegalStateException("unexpected redirect " + done.headers().firstValue("Location"));
        }
        HttpResponse<String> token = client.post(URI.create(client.base + "/" + TENANT + "/" + POLICY
                        + "/oauth2/v2.0/token"), Map.of("grant_type", "authorization_code", "code", response.get("code"),
                        "redirect_uri", REDIRECT, "code_verifier", verifier, "client_id", deployment.clientId(),
                        "client_secret", deployment.clientSecret()), Map.of());
        expect(token, 200);
        SignedJWT jwt = SignedJWT.parse((String) JSONObjectUtils.parse(token.body()).get("id_token"));
        if (!jwt.getHeader().getKeyID().equals(deployment.signingKey().getKeyID())
                || !jwt.verify(new RSASSAVerifier(deployment.signingKey()))) {
            throw new IllegalStateException("id_token signature not verified: " + jwt.getHeader());
        }
        if (!nonce.equals(jwt.getJWTClaimsSet().getStringClaim("nonce"))) {
            throw new IllegalStateException("nonce mismatch: " + jwt.getJWTClaimsSet());
        }
    }

    /** K authorizations left on the sign-in page. */
    private static void startPaused(Settings settings, Client client, Deployment deployment) throws Exception {
        AtomicInteger next = new AtomicInteger();
        parallel(settings.threads(), () -> {
            while (next.getAndIncrement() < settings.paused()) {
                expect(client.get(authorizePath(deployment, randomToken(), randomToken(), randomToken()),
                        new LinkedHashMap<>()), 200);
            }
        });
    }

    private static String authorizePath(Deployment deployment, String verifier, String nonce, String state) {
        return "/" + DOMAIN + "/" + POLICY + "/oauth2/v2.0/authorize?client_id=" + deployment.clientId()
                + "&redirect_uri=" + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8)
                + "&response_type=code&scope=openid&response_mode=query&state=" + state + "&nonce=" + nonce
                + "&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256";
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> query(String location) {
        if (!location.startsWith(REDIRECT + "?")) {
            throw new IllegalStateException("redirected to " + location);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : URI.create(location).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + " instead of " + status + ": " + response.body());
        }
    }

    private interface Task {
        void run() throws Exception;
    }

    private static void parallel(int threads, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    task.run();
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** HTTP/1.1 to the service, redirects not followed; cookies kept by the caller's map. */
    private static final class Client {
        final String base;
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

        Client(String base) {
            this.base = base;
        }

        String admin(String method, String path, String contentType, String body, int status) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", "Bearer " + ADMIN_TOKEN).header("Content-Type", contentType)
                    .method(method, HttpRequest.BodyPublishers.ofString(body)), Map.of());
            expect(response, status);
            return response.body();
        }

        HttpResponse<String> get(String path, Map<String, String> cookies) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), cookies);
        }

        HttpResponse<String> post(URI uri, Map<String, String> form, Map<String, String> cookies) {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)), cookies);
        }

        private HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> cookies) {
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
            }
            try {
                HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(120)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (cookies instanceof LinkedHashMap) {
                    response.headers().allValues("Set-Cookie").forEach(header -> {
                        String pair = header.split(";", 2)[0];
                        int eq = pair.indexOf('=');
                        cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
                    });
                }
                return response;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Fills {@code __NAME__} tokens like the launcher's PolicyTemplates; an unknown token is an error. */
    private static String fill(String file, String template, Map<String, String> tokens) {
        Matcher matcher = TOKEN.matcher(template);
        StringBuilder out = new StringBuilder(template.length());
        while (matcher.find()) {
            String value = tokens.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException(file + ": no value for " + matcher.group());
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value.replace("&", "&amp;").replace("<", "&lt;")
                    .replace("\"", "&quot;")));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = IdentityApplication.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Settings parse(String[] args) {
        int journeys = 500;
        int warmup = 100;
        int threads = 4;
        int users = 100;
        int paused = 2000;
        String database = "both";
        String pgUrl = Optional.ofNullable(System.getenv("TRUSTFRAME_BENCH_PG_URL"))
                .orElse("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--journeys" -> journeys = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--users" -> users = Integer.parseInt(args[i + 1]);
                case "--paused" -> paused = Integer.parseInt(args[i + 1]);
                case "--database" -> database = args[i + 1];
                case "--pg-url" -> pgUrl = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("options come in pairs: --name value");
        }
        return new Settings(journeys, warmup, threads, users, paused, database, pgUrl);
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
