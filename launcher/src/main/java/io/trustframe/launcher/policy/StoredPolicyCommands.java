package io.trustframe.launcher.policy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.trustframe.launcher.admin.IdentityAdminClient;
import io.trustframe.launcher.admin.AdminCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/** {@code trustframe policy list|download|delete}: the policy files stored in a running identity service. */
final class StoredPolicyCommands {

    private StoredPolicyCommands() {
    }

    private static String policies(IdentityAdminClient client) {
        return client.graph("/beta/trustFramework/policies");
    }

    @Command(name = "list", description = "Lists the PolicyIds of the tenant's uploaded policy files.")
    static final class ListPolicies extends AdminCommand implements Runnable {
        @Override
        public void run() {
            IdentityAdminClient client = connection.client();
            PrintWriter out = spec.commandLine().getOut();
            JsonNode stored = client.get(policies(client)).path("value");
            if (stored.isEmpty()) {
                out.println("no policies in tenant " + client.tenant());
            }
            stored.forEach(policy -> out.println(policy.path("id").asString()));
            out.flush();
        }
    }

    @Command(name = "download", description = "Prints a stored policy file as it was uploaded, or writes it to a file.",
            footer = {"", "Example: trustframe policy download B2C_1A_signup_signin -o SignUpOrSignin.xml"})
    static final class Download extends AdminCommand implements Runnable {
        @Parameters(paramLabel = "POLICY_ID", description = "The PolicyId, e.g. B2C_1A_signup_signin (any case).")
        String id;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
        Path output;

        @Override
        public void run() {
            IdentityAdminClient client = connection.client();
            String xml = client.getText(policies(client) + "/" + IdentityAdminClient.segment(id) + "/$value");
            PrintWriter out = spec.commandLine().getOut();
            if (output == null) {
                out.print(xml);
            } else {
                try {
                    Files.writeString(output, xml, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
                }
                out.println("wrote " + output);
            }
            out.flush();
        }
    }

    @Command(name = "delete", description = "Deletes a stored policy file.")
    static final class Delete extends AdminCommand implements Runnable {
        @Parameters(paramLabel = "POLICY_ID", description = "The PolicyId (any case).")
        String id;

        @Override
        public void run() {
            IdentityAdminClient client = connection.client();
            client.delete(policies(client) + "/" + IdentityAdminClient.segment(id));
            PrintWriter out = spec.commandLine().getOut();
            out.println("deleted " + id);
            out.flush();
        }
    }
}
