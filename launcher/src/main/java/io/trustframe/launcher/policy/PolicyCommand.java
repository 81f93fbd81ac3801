package io.trustframe.launcher.policy;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code trustframe policy …}: work with Azure AD B2C custom policy files. */
@Command(name = "policy",
        description = "Azure AD B2C custom policy files (TrustFrameworkPolicy XML): validate them here;"
                + " upload, list, download and delete them in a running identity service.",
        subcommands = {ValidateCommand.class, UploadCommand.class, StoredPolicyCommands.ListPolicies.class,
                StoredPolicyCommands.Download.class, StoredPolicyCommands.Delete.class, CommandLine.HelpCommand.class})
public final class PolicyCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
