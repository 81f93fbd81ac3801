package io.trustframe.launcher.admin;

import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.trustframe.launcher.CommandGroup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code trustframe users …}: the directory of a running identity service, through its Graph {@code /v1.0/users}. */
@Command(name = "users",
        description = "Users in a running identity service's directory (Microsoft Graph's /v1.0/users).",
        subcommands = {UsersCommand.ListUsers.class, UsersCommand.Create.class, UsersCommand.Get.class,
                UsersCommand.Delete.class, CommandLine.HelpCommand.class})
public final class UsersCommand extends CommandGroup {

    private static String users(IdentityAdminClient client) {
        return client.graph("/v1.0/users");
    }

    /** A user as one line: object id, display name, sign-in names, verified phone, enabled. */
    static String describe(JsonNode user) {
        List<String> names = new ArrayList<>();
        for (JsonNode identity : user.path("identities")) {
            if (!identity.path("signInType").asString().equals("userPrincipalName")) {
                names.add(identity.path("issuerAssignedId").asString());
            }
        }
        String phone = user.path("strongAuthenticationPhoneNumber").isString()
                ? user.path("strongAuthenticationPhoneNumber").asString() : "no phone";
        return user.path("id").asString() + "  " + (user.path("displayName").isString()
                ? user.path("displayName").asString() : "(no name)") + "  " + String.join(", ", names) + "  " + phone
                + (user.path("accountEnabled").asBoolean(true) ? "" : "  (disabled)");
    }

    /**
     * The user's Graph path. An object id or user principal name is used as is; an email address is looked up among
     * the local accounts' sign-in names, since that is what people know a customer by.
     */
    private static String userPath(IdentityAdminClient client, String id) {
        if (id.contains("@") && !id.toLowerCase(java.util.Locale.ROOT).endsWith(".onmicrosoft.com")) {
            String filter = "identities/any(c:c/issuerAssignedId eq '" + id.replace("'", "''")
                    + "' and c/issuer eq '" + domain(client) + "')";
            JsonNode found = client.get(users(client) + "?$filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8)
                    .replace("+", "%20")).path("value");
            if (found.isEmpty()) {
                throw new AdminApiException("no user signs in as " + id + " in tenant " + client.tenant());
            }
            return users(client) + "/" + found.get(0).path("id").asString();
        }
        return users(client) + "/" + IdentityAdminClient.segment(id);
    }

    /** The tenant's domain, the issuer of its local accounts' identities. */
    private static String domain(IdentityAdminClient client) {
        for (JsonNode tenant : client.get("/admin/tenants").path("value")) {
            for (String key : new String[] {"id", "name", "domain"}) {
                if (tenant.path(key).asString().equalsIgnoreCase(client.tenant())) {
                    return tenant.path("domain").asString();
                }
            }
        }
        throw new AdminApiException("no tenant " + client.tenant() + " on this identity service");
    }

    @Command(name = "list", description = "Lists the users: object id, display name, sign-in names, verified phone.")
    static final class ListUsers extends AdminCommand implements Runnable {
        @Override
        public void run() {
            IdentityAdminClient client = connection.client();
            PrintWriter out = spec.commandLine().getOut();
            String page = users(client);
            int count = 0;
            while (page != null) {
                JsonNode answer = client.get(page);
                for (JsonNode user : answer.path("value")) {
                    out.println(describe(user));
                    count++;
                }
                page = answer.path("@odata.nextLink").isString() ? answer.path("@odata.nextLink").asString() : null;
            }
            if (count == 0) {
                out.println("no users in tenant " + client.tenant());
            }
            out.flush();
        }
    }

    @Command(name = "create",
            description = "Creates a local account that signs in with its email address and a password (B2C's"
                    + " strong-password rule applies), optionally with a verified phone number for SMS codes"
                    + " (strongAuthenticationPhoneNumber), so the customer is not asked to enrol one.",
            footer = {"", "Example: trustframe users create --email john@example.com --name \"John Smith\" \\",
                    "           --phone \"+44 7700900123\" --password-file john-password.txt"})
    static final class Create extends AdminCommand implements Runnable {
        @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "The sign-in email address.")
        String email;

        @Option(names = "--name", paramLabel = "NAME", description = "Display name (default: the email address).")
        String name;

        @Option(names = "--given-name", paramLabel = "NAME", description = "Given name.")
        String givenName;

        @Option(names = "--surname", paramLabel = "NAME", description = "Surname.")
        String surname;

        @Option(names = "--phone", paramLabel = "E.164",
                description = "A verified phone number for SMS codes, e.g. +447700900123.")
        String phone;

        @Option(names = "--password-file", paramLabel = "FILE",
                description = "File holding the password; - reads standard input. Without it the password is"
                        + " asked for at the terminal.")
        Path passwordFile;

        @Override
        public void run() {
            String password = SecretInput.read(passwordFile, "Password for " + email, "--password-file");
            IdentityAdminClient client = connection.client();
            ObjectNode body = IdentityAdminClient.object();
            body.put("displayName", name == null ? email : name);
            if (givenName != null) {
                body.put("givenName", givenName);
            }
            if (surname != null) {
                body.put("surname", surname);
            }
            ObjectNode identity = body.putArray("identities").addObject();
            identity.put("signInType", "emailAddress");
            identity.put("issuer", domain(client));
            identity.put("issuerAssignedId", email);
            ObjectNode profile = body.putObject("passwordProfile");
            profile.put("password", password);
            profile.put("forceChangePasswordNextSignIn", false);
            body.put("passwordPolicies", "DisablePasswordExpiration");
            if (phone != null) {
                body.put("strongAuthenticationPhoneNumber", phone);
            }
            JsonNode user = client.post(users(client), body);
            PrintWriter out = spec.commandLine().getOut();
            out.println("created " + describe(user));
            out.flush();
        }
    }

    @Command(name = "get", description = "Shows one user's properties (never a password).")
    static final class Get extends AdminCommand implements Runnable {
        @Parameters(paramLabel = "USER", description = "Object id, user principal name, or sign-in email address.")
        String id;

        @Override
        public void run() {
            IdentityAdminClient client = connection.client();
            JsonNode user = client.get(userPath(client, id));
            PrintWriter out = spec.commandLine().getOut();
            for (Map.Entry<String, JsonNode> property : user.properties()) {
                if (property.getKey().startsWith("@odata.") || property.getValue().isNull()) {
                    continue;
                }
                if (property.getKey().equals("identities")) {
                    for (JsonNode identity : property.getValue()) {
                        out.println("identity: " + identity.path("signInType").asString() + " "
                                + identity.path("issuerAssignedId").asString() + " (" + identity.path("issuer").asString() + ")");
                    }
                } else {
                    out.println(property.getKey() + ": " + (property.getValue().isString()
                            ? property.getValue().asString() : property.getValue().toString()));
                }
            }
            out.flush();
        }
    }

    @Command(name = "delete", description = "Deletes a user.")
    static final class Delete extends AdminCommand implements Runnable {
        @Parameters(paramLabel = "USER", description = "Object id, user principal name, or sign-in email address.")
        String id;

        @Override
        public void run() {
            IdentityAdminClient client = connection.client();
            client.delete(userPath(client, id));
            PrintWriter out = spec.commandLine().getOut();
            out.println("deleted " + id);
            out.flush();
        }
    }
}
