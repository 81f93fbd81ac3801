package io.trustframe.launcher.policy;

import io.trustframe.launcher.CommandGroup;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code trustframe policy …}: work with Azure AD B2C custom policy files. */
@Command(name = "policy",
        description = "Azure AD B2C custom policy files (TrustFrameworkPolicy XML): validate them here;"
                + " upload, list, download and delete them in a running identity service.",
        subcommands = {ValidateCommand.class, UploadCommand.class, StoredPolicyCommands.ListPolicies.class,
                StoredPolicyCommands.Download.class, StoredPolicyCommands.Delete.class, CommandLine.HelpCommand.class})
public final class PolicyCommand extends CommandGroup {
}
