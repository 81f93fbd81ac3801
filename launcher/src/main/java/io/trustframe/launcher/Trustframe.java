package io.trustframe.launcher;

import io.trustframe.launcher.admin.AdminApiException;
import io.trustframe.launcher.admin.AppsCommand;
import io.trustframe.launcher.admin.KeysCommand;
import io.trustframe.launcher.admin.UsersCommand;
import io.trustframe.launcher.policy.PolicyCommand;
import io.trustframe.launcher.tenant.TenantCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code trustframe} command. */
@Command(name = "trustframe",
        mixinStandardHelpOptions = true,
        versionProvider = TrustframeVersion.class,
        description = "Self-hosted PSD2 strong customer authentication with dynamic linking:"
                + " a B2C-compatible identity service, a Twilio-compatible Verify service and a demo bank.",
        subcommands = {DemoCommand.class, PolicyCommand.class, KeysCommand.class, AppsCommand.class, UsersCommand.class,
                TenantCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Run './trustframe demo' and open http://localhost:8080.",
                "Documentation: README.md and docs/ in the Trustframe folder."})
public final class Trustframe implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int exitCode = commandLine().execute(args);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /** The command line with Trustframe's error handling: a user error is one line, never a stack trace. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Trustframe());
        commandLine.setExecutionExceptionHandler((failure, line, parsed) -> {
            // The admin API's messages may have several lines (every error of a refused policy upload).
            line.getErr().println("trustframe: " + (failure instanceof AdminApiException ? failure.getMessage() : OneLine.of(failure)));
            return failure instanceof PortInUseException ? 2 : 1;
        });
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
