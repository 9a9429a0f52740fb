package org.claimscreen.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import org.claimscreen.config.JobDefinitionFile;
import org.claimscreen.config.RuleSetup;

/**
 * Loads the rule pack and overrides a run's parameters name, for each step that needs them
 * (register inputs: the pack's label; screen claims: the rules; write reports: the label again).
 * The last setup is kept while its files are unchanged, so a pack that reads CMS's national NCCI
 * file is read once per run rather than once per step. A run of a job whose overrides are written
 * in the job definition itself reads them from there.
 */
public class RuleSetups {

    private record Key(Path pack, Path overrides, Path jobFile, List<FileTime> modified) {
    }

    private Key lastKey;
    private RuleSetup last;

    /** The setup of {@code parameters}; a file that became unusable since the run started fails the step. */
    public synchronized RuleSetup of(ScreenJobParameters parameters) {
        // an overrides file given on the command line wins over the job's
        Path jobFile = parameters.ruleOverrides() == null && parameters.jobSettings() != null
                ? parameters.jobSettings().definition()
                : null;
        Key key = new Key(parameters.rulePack(), parameters.ruleOverrides(), jobFile,
                Arrays.asList(modified(parameters.rulePack()), modified(parameters.ruleOverrides()), modified(jobFile)));
        if (!key.equals(lastKey)) {
            RuleSetup setup = RuleSetup.load(parameters.rulePack(), parameters.ruleOverrides());
            last = jobFile == null
                    ? setup
                    : new RuleSetup(setup.pack(), JobDefinitionFile.ruleOverrides(jobFile, setup.pack().rules()));
            lastKey = key;
        }
        return last;
    }

    private static FileTime modified(Path file) {
        try {
            return file == null ? null : Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null; // loading says what is wrong with it
        }
    }
}
