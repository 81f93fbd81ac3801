package io.trustframe.launcher.policy;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code trustframe policy …}: work with Azure AD B2C custom policy files. */
@Command(name = "policy",
        mixinStandardHelpOptions = true,
        description = "Work with Azure AD B2C custom policy files (TrustFrameworkPolicy XML).",
        subcommands = {ValidateCommand.class, CommandLine.HelpCommand.class})
public final class PolicyCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
