package io.trustframe.launcher.tenant;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code trustframe tenant …}: set up a tenant of a running identity service. */
@Command(name = "tenant",
        description = "Set up a tenant of a running identity service (its admin API).",
        subcommands = {ImportCommand.class, CommandLine.HelpCommand.class})
public final class TenantCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
