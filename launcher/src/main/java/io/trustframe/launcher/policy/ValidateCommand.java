package io.trustframe.launcher.policy;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code trustframe policy validate <files or folders…>}: loads the policies, follows every relying party's
 * BasePolicy chain and prints what is wrong the way a compiler does. Exit 0 when there is no error, 1 otherwise.
 */
@Command(name = "validate",
        description = {
                "Validates policy files here, as B2C does on upload.",
                "",
                "Loads the given policy files and every *.xml file under the given folders, resolves each"
                        + " relying-party policy's BasePolicy chain and validates it. Prints 'file:line:col:"
                        + " error|warning: message' lines, then a summary."},
        footer = {"", "Exit status: 0 when no errors were found (warnings allowed), 1 otherwise.",
                "Example: trustframe policy validate SocialAndLocalAccounts/ my-policies/"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Mixin
    private PolicyPaths files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LocalCheck check = LocalCheck.of(files.paths);
        check.print(out, files.noWarnings);
        out.println(check.summary());
        out.flush();
        return check.isValid() ? 0 : 1;
    }
}
