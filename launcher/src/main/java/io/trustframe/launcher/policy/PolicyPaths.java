package io.trustframe.launcher.policy;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code policy validate} and {@code policy upload} check: policy files and folders, and whether to show warnings. */
final class PolicyPaths {

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_FOLDER", description = "Policy files or folders of them.")
    List<Path> paths;

    @Option(names = "--no-warnings", description = "Print errors only.")
    boolean noWarnings;
}
