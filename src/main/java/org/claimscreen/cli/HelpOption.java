package org.claimscreen.cli;

import picocli.CommandLine.Option;

/** -h, --help: every command's own help, the same text as {@code claimscreen help COMMAND}. */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "print this help")
    boolean help;
}
