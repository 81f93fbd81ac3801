package io.trustframe.launcher.admin;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * The options every admin command shares: which identity service, which tenant, and the admin token. The token is
 * taken from {@code --token}, else {@code TRUSTFRAME_IDENTITY_ADMIN_TOKEN}, else the file the service generated in
 * its data folder, so that on the machine running {@code ./trustframe demo} no option is needed.
 */
public final class IdentityConnection {

    static final String DEFAULT_URL = "http://localhost:8081";

    @Option(names = "--url", paramLabel = "URL",
            description = "The identity service (default: $TRUSTFRAME_IDENTITY_URL, else " + DEFAULT_URL + ").")
    private String url;

    @Option(names = "--tenant", paramLabel = "TENANT", defaultValue = "contoso",
            description = "Tenant name, domain or GUID (default: ${DEFAULT-VALUE}).")
    private String tenant;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Admin token (default: $TRUSTFRAME_IDENTITY_ADMIN_TOKEN, else the file identity/admin.token"
                    + " in the data folder).")
    private String token;

    @Option(names = "--data", paramLabel = "FOLDER",
            description = "The data folder of a local Trustframe, where identity/admin.token is (default:"
                    + " $TRUSTFRAME_DATA_DIR, else ./data).")
    private Path dataDir;

    public IdentityAdminClient client() {
        return new IdentityAdminClient(baseUrl(), tenant, token());
    }

    /** The tenant as given (name, domain or GUID). */
    public String tenant() {
        return tenant;
    }

    /** The data folder of a local Trustframe: {@code --data}, else {@code TRUSTFRAME_DATA_DIR}, else {@code ./data}. */
    public Path dataDir() {
        return dataDir != null ? dataDir : Path.of(firstSet(null, System.getenv("TRUSTFRAME_DATA_DIR"), "./data"));
    }

    private URI baseUrl() {
        String chosen = firstSet(url, System.getenv("TRUSTFRAME_IDENTITY_URL"), DEFAULT_URL);
        try {
            URI uri = URI.create(chosen.endsWith("/") ? chosen : chosen + "/");
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new IllegalArgumentException();
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new AdminApiException("--url must be an http(s) address such as " + DEFAULT_URL + "; got " + chosen);
        }
    }

    private String token() {
        String given = firstSet(token, System.getenv("TRUSTFRAME_IDENTITY_ADMIN_TOKEN"), null);
        if (given != null) {
            return given;
        }
        Path file = dataDir().resolve("identity").resolve("admin.token");
        try {
            String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!stored.isEmpty()) {
                return stored;
            }
        } catch (IOException e) {
            // Reported below, with the other ways to give a token.
        }
        throw new AdminApiException("no admin token: give --token, set TRUSTFRAME_IDENTITY_ADMIN_TOKEN, or run in the"
                + " folder whose data/identity/admin.token the service wrote (--data names another data folder; "
                + file.toAbsolutePath().normalize() + " was not readable)");
    }

    private static String firstSet(String first, String second, String fallback) {
        if (first != null && !first.isBlank()) {
            return first;
        }
        if (second != null && !second.isBlank()) {
            return second;
        }
        return fallback;
    }
}
