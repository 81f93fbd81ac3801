package io.trustframe.launcher.policy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import io.trustframe.engine.policy.PolicySource;
import io.trustframe.launcher.admin.AdminCommand;
import io.trustframe.launcher.admin.IdentityAdminClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code trustframe policy upload <files or folders…>}: validates the files here first, together with the tenant's
 * stored files they do not replace, then uploads them in one request that the service stores all or nothing.
 */
@Command(name = "upload",
        description = {
                "Uploads policy files to a running identity service, all or nothing.",
                "",
                "The files (and every *.xml file under the given folders) are first validated here, together with"
                        + " the tenant's stored files they do not replace, as 'policy validate' does; with an error"
                        + " nothing is sent. The service validates them again and stores them in one transaction: if"
                        + " it refuses one file, none is stored. Their order does not matter."},
        footer = {"", "Exit status: 0 when every file was stored, 1 otherwise.",
                "Example: trustframe policy upload --tenant contoso my-policies/"})
final class UploadCommand extends AdminCommand implements Callable<Integer> {

    @Mixin
    private PolicyPaths files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        IdentityAdminClient client = connection.client();
        LocalCheck check = LocalCheck.withStored(files.paths, ids -> stored(client, ids));
        check.print(out, files.noWarnings);
        if (!check.isValid() || check.files().isEmpty()) {
            out.println(check.summary());
            out.println("nothing uploaded");
            out.flush();
            return 1;
        }
        ObjectNode body = IdentityAdminClient.object();
        ArrayNode files = body.putArray("policies");
        for (Path file : check.files()) {
            files.add(read(file));
        }
        JsonNode stored = client.post("/admin/tenants/" + IdentityAdminClient.segment(client.tenant()) + "/policies", body);
        for (JsonNode policy : stored.path("value")) {
            out.println((policy.path("created").asBoolean() ? "created  " : "replaced ") + policy.path("id").asString());
        }
        out.println("uploaded " + LocalCheck.count(stored.path("value").size(), "policy") + " to tenant "
                + client.tenant());
        out.flush();
        return 0;
    }

    /** The tenant's stored files but those being replaced, named so that messages can tell them apart. */
    private static List<PolicySource> stored(IdentityAdminClient client, Set<String> replaced) {
        String policies = client.graph("/beta/trustFramework/policies");
        List<PolicySource> sources = new ArrayList<>();
        for (JsonNode policy : client.get(policies).path("value")) {
            String id = policy.path("id").asString();
            if (!replaced.contains(id.toLowerCase(Locale.ROOT))) {
                String xml = client.getText(policies + "/" + IdentityAdminClient.segment(id) + "/$value");
                sources.add(PolicySource.of("(stored) " + id + ".xml", xml));
            }
        }
        return sources;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
