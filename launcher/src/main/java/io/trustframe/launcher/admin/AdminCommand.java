package io.trustframe.launcher.admin;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A command that works on a running identity service through its admin API: it takes the connection options and
 * {@code -h}. Failures are thrown ({@link AdminApiException} for what the service refused) and reported, with the exit
 * status, in one place: {@code Trustframe.commandLine()}.
 */
public abstract class AdminCommand {

    @Mixin
    protected IdentityConnection connection;

    @Spec
    protected CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;
}
