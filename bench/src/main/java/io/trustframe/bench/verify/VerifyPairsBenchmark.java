package io.trustframe.bench.verify;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ConfigurableApplicationContext;

import com.sun.management.OperatingSystemMXBean;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.verify.v2.service.Verification;
import com.twilio.rest.verify.v2.service.VerificationCheck;

import io.trustframe.verify.DevelopmentAccount;
import io.trustframe.verify.VerifyApplication;
import io.trustframe.verify.delivery.RelayHttpClient;
import io.trustframe.verify.outbox.OutboxStore;

/**
 * Load driver for the verify service: runs verification create+check pairs through the official twilio-java SDK
 * against a real verify server (PSD2 service, outbox delivery) and prints pairs per second and process
 * CPU-milliseconds per pair, on H2 (file database) and on PostgreSQL. Client and server share this JVM, so the CPU
 * figure covers both sides plus one outbox read per pair (to learn the code). See docs/benchmarks.md.
 *
 * <pre>
 * java … io.trustframe.bench.verify.VerifyPairsBenchmark [--pairs 2000] [--warmup 300] [--threads 4]
 *      [--database h2|postgresql|both] [--pg-url jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres]
 * </pre>
 */
public final class VerifyPairsBenchmark {

    private static final Pattern CODE = Pattern.compile(":\\s*([0-9]{4,10})\\.");

    private record Settings(int pairs, int warmup, int threads, String database, String pgUrl) {
    }

    private record Result(String database, int pairs, double seconds, double cpuMillis) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-10s %6d pairs in %6.2f s = %7.1f pairs/s, %6.2f CPU-ms per pair",
                    database, pairs, seconds, pairs / seconds, cpuMillis / pairs);
        }
    }

    private VerifyPairsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = parse(args);
        System.out.printf(Locale.ROOT,
                "verify create+check pairs: %d measured after %d warm-up, %d client threads, %d CPUs%n",
                settings.pairs(), settings.warmup(), settings.threads(), Runtime.getRuntime().availableProcessors());
        List<Result> results = new ArrayList<>();
        if (!settings.database().equals("postgresql")) {
            results.add(onH2(settings));
        }
        if (!settings.database().equals("h2")) {
            results.add(onPostgres(settings));
        }
        results.forEach(System.out::println);
        System.exit(0);
    }

    private static Result onH2(Settings settings) throws Exception {
        Path dataDir = Files.createTempDirectory("tf-bench-verify");
        return run("H2", settings, dataDir, Optional.empty());
    }

    private static Result onPostgres(Settings settings) throws Exception {
        String database = "tf_bench_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        execute(settings.pgUrl(), "CREATE DATABASE " + database);
        try {
            String url = settings.pgUrl().replaceFirst("(//[^/]+/)[^?]*", "$1" + database);
            return run("PostgreSQL", settings, Files.createTempDirectory("tf-bench-verify"), Optional.of(url));
        } finally {
            execute(settings.pgUrl(), "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static Result run(String name, Settings settings, Path dataDir, Optional<String> jdbcUrl) throws Exception {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--trustframe.data-dir=" + dataDir,
                "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
        jdbcUrl.ifPresent(url -> args.add("--trustframe.verify.db.url=" + url));
        try (ConfigurableApplicationContext server = VerifyApplication.application()
                .run(VerifyApplication.withConfigName(args.toArray(String[]::new)))) {
            DevelopmentAccount account = server.getBean(DevelopmentAccount.class);
            OutboxStore outbox = server.getBean(OutboxStore.class);
            TwilioRestClient client = new TwilioRestClient.Builder(account.accountSid(), account.authToken())
                    .httpClient(new RelayHttpClient("http://localhost:"
                            + server.getEnvironment().getProperty("local.server.port")))
                    .build();
            AtomicInteger numbers = new AtomicInteger(10_000_000);
            pairs(settings.warmup(), settings.threads(), client, account, outbox, numbers);
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuBefore = os.getProcessCpuTime();
            long start = System.nanoTime();
            pairs(settings.pairs(), settings.threads(), client, account, outbox, numbers);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuMillis = (os.getProcessCpuTime() - cpuBefore) / 1e6;
            return new Result(name, settings.pairs(), seconds, cpuMillis);
        }
    }

    private static void pairs(int count, int threads, TwilioRestClient client, DevelopmentAccount account,
                              OutboxStore outbox, AtomicInteger numbers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger remaining = new AtomicInteger(count);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    while (remaining.getAndDecrement() > 0) {
                        pair(client, account, outbox, "+49151" + numbers.incrementAndGet());
                    }
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

    private static void pair(TwilioRestClient client, DevelopmentAccount account, OutboxStore outbox, String to) {
        Verification.creator(account.psd2ServiceSid(), to, "sms").setAmount("€50.00").setPayee("John Doe")
                .create(client);
        String body = outbox.newestFirst(Optional.of(to), 1).get(0).body();
        Matcher code = CODE.matcher(body);
        if (!code.find()) {
            throw new IllegalStateException("no code in the SMS to " + to);
        }
        String status = VerificationCheck.creator(account.psd2ServiceSid()).setTo(to).setCode(code.group(1))
                .setAmount("€50.00").setPayee("John Doe").create(client).getStatus();
        if (!"approved".equals(status)) {
            throw new IllegalStateException("check for " + to + " came back " + status);
        }
    }

    private static Settings parse(String[] args) {
        int pairs = 2000;
        int warmup = 300;
        int threads = 4;
        String database = "both";
        String pgUrl = Optional.ofNullable(System.getenv("TRUSTFRAME_BENCH_PG_URL"))
                .orElse("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--pairs" -> pairs = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--database" -> database = args[i + 1];
                case "--pg-url" -> pgUrl = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        return new Settings(pairs, warmup, threads, database, pgUrl);
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
