package io.trustframe.launcher.admin;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;

import io.trustframe.launcher.CommandGroup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code trustframe keys …}: a running identity service's policy keys (B2C_1A_* containers). */
@Command(name = "keys",
        description = "Policy keys of a running identity service (B2C's 'Policy keys' blade).",
        subcommands = {KeysCommand.ListKeys.class, KeysCommand.Generate.class, KeysCommand.UploadSecret.class,
                KeysCommand.UploadCert.class, CommandLine.HelpCommand.class})
public final class KeysCommand extends CommandGroup {

    private static String keySets(IdentityAdminClient client) {
        return client.graph("/beta/trustFramework/keySets");
    }

    /** The container's path, created first when it does not exist yet (B2C's portal does the same on "Add"). */
    private static String container(IdentityAdminClient client, String name) {
        String path = keySets(client) + "/" + IdentityAdminClient.segment(prefixed(name));
        if (!client.exists(path)) {
            ObjectNode body = IdentityAdminClient.object();
            body.put("id", name);
            client.post(keySets(client), body);
        }
        return path;
    }

    private static String prefixed(String name) {
        return name.regionMatches(true, 0, "B2C_1A_", 0, 7) ? name : "B2C_1A_" + name;
    }

    /** One line per key: the public facts only (the API never returns private parts either). */
    static String describe(String container, JsonNode key) {
        StringBuilder line = new StringBuilder(container).append(" v").append(key.path("version").asInt())
                .append(": ").append(key.path("kty").asString()).append(' ').append(key.path("use").asString())
                .append(", ").append(key.path("origin").asString()).append(", kid ").append(key.path("kid").asString());
        if (key.path("nbf").isNumber()) {
            line.append(", from ").append(Instant.ofEpochSecond(key.path("nbf").asLong()));
        }
        if (key.path("exp").isNumber()) {
            line.append(", until ").append(Instant.ofEpochSecond(key.path("exp").asLong()));
        }
        return line.toString();
    }

    abstract static class KeyOptions extends AdminCommand {
        @Option(names = "--not-before", paramLabel = "DATE", converter = DateArgument.class,
                description = "Activation date: 2027-01-31 (UTC) or 2027-01-31T12:00:00Z.")
        Instant notBefore;

        @Option(names = "--expires", paramLabel = "DATE", converter = DateArgument.class,
                description = "Expiration date: 2027-01-31 (UTC) or 2027-01-31T12:00:00Z.")
        Instant expires;

        /** Adds the key to the container (created when missing) with the given operation, and says what was added. */
        void add(String name, String operation, ObjectNode body) {
            if (notBefore != null) {
                body.put("nbf", notBefore.getEpochSecond());
            }
            if (expires != null) {
                body.put("exp", expires.getEpochSecond());
            }
            IdentityAdminClient client = connection.client();
            JsonNode key = client.post(container(client, name) + operation, body);
            PrintWriter out = spec.commandLine().getOut();
            out.println("added " + describe(prefixed(name), key));
            out.flush();
        }
    }

    @Command(name = "list", description = "Lists the key containers and every key version in them (public parts only).")
    static final class ListKeys extends AdminCommand implements Runnable {
        @Override
        public void run() {
            IdentityAdminClient client = connection.client();
            PrintWriter out = spec.commandLine().getOut();
            JsonNode sets = client.get(keySets(client)).path("value");
            if (sets.isEmpty()) {
                out.println("no policy keys in tenant " + client.tenant());
            }
            for (JsonNode set : sets) {
                String name = set.path("id").asString();
                if (set.path("keys").isEmpty()) {
                    out.println(name + ": no keys");
                }
                for (JsonNode key : set.path("keys")) {
                    out.println(describe(name, key));
                }
            }
            out.flush();
        }
    }

    @Command(name = "generate",
            description = "Generates a key in a container (created when missing): an RSA key pair (2048 bits) or a"
                    + " random secret (512 bits), like B2C's 'Generate' option.",
            footer = {"", "Example: trustframe keys generate TokenSigningKeyContainer --type rsa --use sig"})
    static final class Generate extends KeyOptions implements Runnable {
        @Parameters(paramLabel = "CONTAINER", description = "Container name; B2C_1A_ is added when missing.")
        String name;

        @Option(names = "--type", paramLabel = "rsa|secret", defaultValue = "rsa",
                description = "Key type (default: ${DEFAULT-VALUE}).")
        String type;

        @Option(names = "--use", paramLabel = "sig|enc", defaultValue = "sig",
                description = "Key usage: sig (signature) or enc (encryption) (default: ${DEFAULT-VALUE}).")
        String use;

        @Override
        public void run() {
            String kty = switch (type.toLowerCase(Locale.ROOT)) {
                case "rsa" -> "RSA";
                case "secret", "oct" -> "OCT";
                default -> throw new CommandLine.ParameterException(spec.commandLine(),
                        "--type must be rsa or secret; got " + type);
            };
            ObjectNode body = IdentityAdminClient.object();
            body.put("use", use);
            body.put("kty", kty);
            add(name, "/generateKey", body);
        }
    }

    @Command(name = "upload-secret",
            description = "Adds a secret you already have (B2C's 'Manual' option), e.g. a Twilio auth token. The"
                    + " secret is read from --secret-file, from standard input (--secret-file -), or asked for at the"
                    + " terminal; it is never printed.",
            footer = {"", "Example: trustframe keys upload-secret TwilioAuthToken --secret-file twilio.txt"})
    static final class UploadSecret extends KeyOptions implements Runnable {
        @Parameters(paramLabel = "CONTAINER", description = "Container name; B2C_1A_ is added when missing.")
        String name;

        @Option(names = "--secret-file", paramLabel = "FILE",
                description = "File holding the secret; - reads standard input.")
        Path secretFile;

        @Option(names = "--use", paramLabel = "sig|enc", defaultValue = "sig",
                description = "Key usage: sig or enc (default: ${DEFAULT-VALUE}).")
        String use;

        @Override
        public void run() {
            String secret = SecretInput.read(secretFile, "Secret for " + prefixed(name), "--secret-file");
            ObjectNode body = IdentityAdminClient.object();
            body.put("use", use);
            body.put("k", secret);
            add(name, "/uploadSecret", body);
        }
    }

    @Command(name = "upload-cert",
            description = "Adds a certificate (B2C's 'Upload' option): a PKCS#12 file (.pfx, .p12) with its password,"
                    + " or a PEM / DER certificate, optionally with an unencrypted PKCS#8 private key. Dates default to"
                    + " the certificate's validity.",
            footer = {"", "Example: trustframe keys upload-cert SamlIdpCert idp.pfx --password-file pfx-password.txt"})
    static final class UploadCert extends KeyOptions implements Runnable {
        @Parameters(index = "0", paramLabel = "CONTAINER", description = "Container name; B2C_1A_ is added when missing.")
        String name;

        @Parameters(index = "1", paramLabel = "FILE", description = "The .pfx/.p12 file, or a .pem/.crt/.cer/.der certificate.")
        Path file;

        @Option(names = "--password-file", paramLabel = "FILE",
                description = "File holding the PKCS#12 password; - reads standard input. Without it a PKCS#12"
                        + " password is asked for at the terminal, or is empty when there is none.")
        Path passwordFile;

        @Option(names = "--use", paramLabel = "sig|enc", description = "Key usage: sig or enc (default: sig).")
        String use;

        @Override
        public void run() {
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new AdminApiException("cannot read " + file + ": " + e.getMessage());
            }
            String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean pkcs12 = lower.endsWith(".pfx") || lower.endsWith(".p12");
            ObjectNode body = IdentityAdminClient.object();
            if (pkcs12) {
                body.put("key", Base64.getEncoder().encodeToString(content));
                body.put("password", passwordFile != null || System.console() != null
                        ? SecretInput.read(passwordFile, "Password of " + file, "--password-file") : "");
            } else {
                String text = new String(content, StandardCharsets.US_ASCII);
                body.put("key", text.contains("-----BEGIN") ? text : Base64.getEncoder().encodeToString(content));
            }
            if (use != null) {
                body.put("use", use);
            }
            add(name, pkcs12 ? "/uploadPkcs12" : "/uploadCertificate", body);
        }
    }
}
