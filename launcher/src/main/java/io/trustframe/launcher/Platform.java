package io.trustframe.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The three services running in one JVM, each in its own Spring context with its own configuration file,
 * database and port. Closing it stops them in reverse start order.
 */
final class Platform implements AutoCloseable {

    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(60);

    private final Map<Service, ConfigurableApplicationContext> contexts;

    private Platform(Map<Service, ConfigurableApplicationContext> contexts) {
        this.contexts = contexts;
    }

    /** Starts every service, waits until each reports itself UP, and returns them running. */
    static Platform start(PlatformSettings settings) {
        for (Service service : Service.values()) {
            requireFree(service, settings.port(service));
        }
        Map<Service, ConfigurableApplicationContext> started = new EnumMap<>(Service.class);
        Platform platform = new Platform(started);
        try {
            // The bank's redirect URIs are registered before it starts, so its port must be known first.
            int bankPort = settings.port(Service.BANK) == 0 ? freePort() : settings.port(Service.BANK);
            for (Service service : Service.values()) {
                if (service == Service.BANK) {
                    // Seed identity with the bank's registration, keys and policies, then start the bank on them.
                    DemoSeed.Seeded seeded = DemoSeed.seed(platform, bankPort, settings.dataDir());
                    started.put(service, run(service, settings, bankPort,
                            withOverrides(seeded.bankArgs(), settings.bankArgs())));
                } else if (service == Service.IDENTITY && settings.twilioHostMap()) {
                    started.put(service, run(service, settings, settings.port(service),
                            List.of("--" + TWILIO_HOST_MAP + "=" + twilioHostMap(platform.baseUrl(Service.VERIFY)))));
                } else {
                    started.put(service, run(service, settings, settings.port(service), List.of()));
                }
            }
            for (Service service : Service.values()) {
                platform.awaitHealthy(service);
            }
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw translate(e, settings);
        }
    }

    /** Identity's setting that sends policies' calls for some hosts elsewhere (docs/identity.md, "Settings"). */
    static final String TWILIO_HOST_MAP = "trustframe.identity.http.host-map";

    /**
     * Twilio's API hosts → the local verify service, so policies written for Twilio (the walkthrough's) keep their
     * {@code https://api.twilio.com/…} and {@code https://verify.twilio.com/…} URLs and need only the SIDs edited.
     */
    static String twilioHostMap(URI verify) {
        return "api.twilio.com=" + verify + ",verify.twilio.com=" + verify;
    }

    /**
     * The demo's bank arguments followed by {@code overrides}; a demo argument whose key an override names is left
     * out (a repeated argument would join into a list).
     */
    static List<String> withOverrides(List<String> args, List<String> overrides) {
        List<String> overridden = overrides.stream().map(Platform::key).toList();
        List<String> result = new ArrayList<>();
        for (String arg : args) {
            if (!overridden.contains(key(arg))) {
                result.add(arg);
            }
        }
        result.addAll(overrides);
        return result;
    }

    /** {@code --trustframe.bank.x=value} → {@code trustframe.bank.x}. */
    private static String key(String arg) {
        int eq = arg.indexOf('=');
        return (eq < 0 ? arg : arg.substring(0, eq)).replaceFirst("^--", "");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port for the bank", e);
        }
    }

    private static ConfigurableApplicationContext run(Service service, PlatformSettings settings, int port,
                                                      List<String> extraArgs) {
        SpringApplication application = service.newApplication();
        application.setBannerMode(Banner.Mode.OFF);
        // The launcher stops the services itself, in order, so Ctrl-C does not race three hooks.
        application.setRegisterShutdownHook(false);
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--trustframe.data-dir=" + settings.dataDir()));
        // The services share one logging system; its per-application name label would name only one of them.
        args.add("--logging.include-application-name=false");
        if (settings.quiet()) {
            args.add("--logging.level.root=WARN");
            // Flyway warns that the H2 version is newer than the one it was verified with: true, and not
            // something a demo user can act on.
            args.add("--logging.level.org.flywaydb=ERROR");
        }
        args.addAll(extraArgs);
        return application.run(service.newApplicationArgs(args));
    }

    /** Fails fast, naming the port, rather than letting a service start half-way and fail with a stack trace. */
    private static void requireFree(Service service, int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new PortInUseException(service, port);
        }
    }

    private static RuntimeException translate(RuntimeException failure, PlatformSettings settings) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.springframework.boot.web.server.PortInUseException portInUse) {
                Service service = settings.ports().entrySet().stream()
                        .filter(entry -> entry.getValue() == portInUse.getPort())
                        .map(Map.Entry::getKey).findFirst().orElse(Service.BANK);
                return new PortInUseException(service, portInUse.getPort());
            }
        }
        return failure;
    }

    /** The port a service actually listens on (differs from the setting when that was 0). */
    int port(Service service) {
        return Integer.parseInt(contexts.get(service).getEnvironment().getRequiredProperty("local.server.port"));
    }

    /** A bean of a running service, when that service has one (e.g. verify's development account). */
    <T> Optional<T> bean(Service service, Class<T> type) {
        return Optional.ofNullable(contexts.get(service).getBeanProvider(type).getIfAvailable());
    }

    /** A setting of a running service, or {@code fallback} when unset. */
    String property(Service service, String key, String fallback) {
        return contexts.get(service).getEnvironment().getProperty(key, fallback);
    }

    URI baseUrl(Service service) {
        return URI.create("http://localhost:" + port(service));
    }

    private void awaitHealthy(Service service) {
        URI health = baseUrl(service).resolve("/actuator/health");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(HEALTH_TIMEOUT);
        String lastAnswer = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
                lastAnswer = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                lastAnswer = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + service.serviceName());
            }
            sleep(Duration.ofMillis(200));
        }
        throw new IllegalStateException(service.serviceName() + " did not report UP at " + health
                + " within " + HEALTH_TIMEOUT.toSeconds() + "s (last answer: " + lastAnswer + ")");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        List<Service> reverse = new ArrayList<>(contexts.keySet());
        Collections.reverse(reverse);
        for (Service service : reverse) {
            contexts.remove(service).close();
        }
    }
}
