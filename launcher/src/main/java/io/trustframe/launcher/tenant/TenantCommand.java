package io.trustframe.launcher.tenant;

import io.trustframe.launcher.CommandGroup;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code trustframe tenant …}: set up a tenant of a running identity service. */
@Command(name = "tenant",
        description = "Set up a tenant of a running identity service (its admin API).",
        subcommands = {ImportCommand.class, CommandLine.HelpCommand.class})
public final class TenantCommand extends CommandGroup {
}
