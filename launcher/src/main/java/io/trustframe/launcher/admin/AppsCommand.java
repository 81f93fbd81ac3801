package io.trustframe.launcher.admin;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.trustframe.launcher.CommandGroup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code trustframe apps …}: app registrations of a running identity service. */
@Command(name = "apps",
        description = "App registrations (relying parties) of a running identity service.",
        subcommands = {AppsCommand.ListApps.class, AppsCommand.Create.class, AppsCommand.AddSecret.class,
                CommandLine.HelpCommand.class})
public final class AppsCommand extends CommandGroup {

    private static String applications(IdentityAdminClient client) {
        return client.graph("/v1.0/applications");
    }

    static String describe(JsonNode app) {
        List<String> uris = new ArrayList<>();
        for (String platform : new String[] {"web", "spa", "publicClient"}) {
            app.path(platform).path("redirectUris").forEach(uri -> uris.add(uri.asString()));
        }
        return app.path("appId").asString() + "  " + app.path("displayName").asString()
                + (app.path("isFallbackPublicClient").asBoolean() ? "  (public client)" : "")
                + "  secrets: " + app.path("passwordCredentials").size()
                + "  redirect URIs: " + (uris.isEmpty() ? "none" : String.join(" ", uris));
    }

    /** The one time a client secret is shown: the API never returns it again. */
    static void printSecret(PrintWriter out, JsonNode credential) {
        out.println("client secret: " + credential.path("secretText").asString());
        out.println("  (shown this once; key id " + credential.path("keyId").asString() + ", valid until "
                + credential.path("endDateTime").asString() + ")");
    }

    @Command(name = "list", description = "Lists the app registrations: client id, name, number of secrets, redirect URIs.")
    static final class ListApps extends AdminCommand implements Runnable {
        @Override
        public void run() {
            IdentityAdminClient client = connection.client();
            PrintWriter out = spec.commandLine().getOut();
            JsonNode apps = client.get(applications(client)).path("value");
            if (apps.isEmpty()) {
                out.println("no app registrations in tenant " + client.tenant());
            }
            apps.forEach(app -> out.println(describe(app)));
            out.flush();
        }
    }

    @Command(name = "create",
            description = "Registers an app. A web app is a confidential client: its first client secret is printed"
                    + " once. With only --spa-redirect-uri / --native-redirect-uri, or with --public, it is a public"
                    + " client (no secret; it must use PKCE).",
            footer = {"", "Example: trustframe apps create --name Bank --redirect-uri http://localhost:8080/signin-oidc"})
    static final class Create extends AdminCommand implements Runnable {
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Display name.")
        String name;

        @Option(names = "--redirect-uri", paramLabel = "URI", description = "A web redirect URI (repeatable).")
        List<String> web = new ArrayList<>();

        @Option(names = "--spa-redirect-uri", paramLabel = "URI", description = "A single-page app redirect URI (repeatable).")
        List<String> spa = new ArrayList<>();

        @Option(names = "--native-redirect-uri", paramLabel = "URI",
                description = "A mobile/desktop redirect URI, custom schemes allowed (repeatable).")
        List<String> nativeUris = new ArrayList<>();

        @Option(names = "--public", description = "Register a public client (no secret) even with web redirect URIs.")
        boolean publicClient;

        @Override
        public void run() {
            ObjectNode body = IdentityAdminClient.object();
            body.put("displayName", name);
            uris(body, "web", web);
            uris(body, "spa", spa);
            uris(body, "publicClient", nativeUris);
            if (publicClient) {
                body.put("isFallbackPublicClient", true);
            }
            IdentityAdminClient client = connection.client();
            JsonNode app = client.post(applications(client), body);
            PrintWriter out = spec.commandLine().getOut();
            out.println("registered " + describe(app));
            out.println("client id: " + app.path("appId").asString());
            for (JsonNode credential : app.path("passwordCredentials")) {
                if (credential.path("secretText").isString()) {
                    printSecret(out, credential);
                }
            }
            out.flush();
        }

        private static void uris(ObjectNode body, String platform, List<String> uris) {
            if (!uris.isEmpty()) {
                ArrayNode array = body.putObject(platform).putArray("redirectUris");
                uris.forEach(array::add);
            }
        }
    }

    @Command(name = "add-secret",
            description = "Adds a client secret to a confidential app and prints it once (default lifetime 2 years).",
            footer = {"", "Example: trustframe apps add-secret 4f1c…-client-id --name rotation-2027 --expires 2027-06-30"})
    static final class AddSecret extends AdminCommand implements Runnable {
        @Parameters(paramLabel = "APP", description = "The app's client id (appId) or object id.")
        String app;

        @Option(names = "--name", paramLabel = "NAME", description = "A name for the secret.")
        String secretName;

        @Option(names = "--expires", paramLabel = "DATE", converter = DateArgument.class,
                description = "Expiration: 2027-01-31 (UTC) or 2027-01-31T12:00:00Z.")
        Instant expires;

        @Override
        public void run() {
            ObjectNode body = IdentityAdminClient.object();
            ObjectNode credential = body.putObject("passwordCredential");
            if (secretName != null) {
                credential.put("displayName", secretName);
            }
            if (expires != null) {
                credential.put("endDateTime", expires.toString());
            }
            IdentityAdminClient client = connection.client();
            JsonNode made = client.post(applications(client) + "/" + IdentityAdminClient.segment(app) + "/addPassword", body);
            PrintWriter out = spec.commandLine().getOut();
            printSecret(out, made);
            out.flush();
        }
    }
}
