package org.claimscreen.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import org.claimscreen.rules.pack.RuleSetup;

/**
 * Loads the rule pack and overrides a run's parameters name, for each step that needs them
 * (register inputs: the pack's label; screen claims: the rules; write reports: the label again).
 * The last setup is kept while its files are unchanged, so a pack that reads CMS's national NCCI
 * file is read once per run rather than once per step.
 */
public class RuleSetups {

    private record Key(Path pack, Path overrides, List<FileTime> modified) {
    }

    private Key lastKey;
    private RuleSetup last;

    /** The setup of {@code parameters}; a file that became unusable since the run started fails the step. */
    public synchronized RuleSetup of(ScreenJobParameters parameters) {
        Key key = new Key(parameters.rulePack(), parameters.ruleOverrides(),
                Arrays.asList(modified(parameters.rulePack()), modified(parameters.ruleOverrides())));
        if (!key.equals(lastKey)) {
            last = RuleSetup.load(parameters.rulePack(), parameters.ruleOverrides());
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
