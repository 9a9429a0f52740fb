package org.claimscreen.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimscreen.config.JobDefinition;
import org.claimscreen.intake.InputDiscovery;
import org.claimscreen.intake.Sha256;
import org.claimscreen.persistence.InputFileRecord;
import org.claimscreen.persistence.RunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A job's inbox: the files waiting there, and where they go once a run is done with them. Files
 * move only after their run completed: a screened file to {@code archive/<run-id>-<name>}, a file
 * that could not be read at all to {@code failed/<run-id>-<name>} beside a note
 * {@code <run-id>-<name>.why.txt}. A file moves only while it is what the run read (same sha256):
 * one replaced meanwhile stays for the next run.
 *
 * <p>Crash safety: a process that dies after its run completed but before the files moved leaves
 * them in the inbox; the next run finds that a completed run already screened their content and
 * archives them under that run's id instead of screening them again.
 */
@Component
public class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final RunStore runs;

    public Inbox(RunStore runs) {
        this.runs = runs;
    }

    /** What a move did: how many files were archived, moved to failed/, and left where they were. */
    public record Moved(int archived, int failed, int left) {
    }

    /** The inbox's files that the job's patterns take, by name. */
    public static List<Path> waiting(JobDefinition job) throws InputDiscovery.InputProblem {
        return InputDiscovery.discover(job.inboxPatterns()).claimFiles();
    }

    /**
     * Archives the files a completed run already screened (under that run's id) and returns the
     * others, the ones still to screen.
     */
    public List<Path> archiveScreenedBefore(JobDefinition job, List<Path> files) throws IOException {
        List<Path> toScreen = new ArrayList<>();
        for (Path file : files) {
            Optional<Long> screenedBy = runs.completedRunThatScreened(Sha256.of(file));
            if (screenedBy.isEmpty()) {
                toScreen.add(file);
                continue;
            }
            Path target = move(file, job.archive(), screenedBy.get());
            log.info("job {}: {} was already screened by run {}: archived as {}", job.name(), file.getFileName(),
                    screenedBy.get(), target.getFileName());
        }
        return toScreen;
    }

    /** Moves the inputs of run {@code runId}, which completed, out of the inbox into {@code archive} and {@code failed}. */
    public Moved moveInputsOf(long runId, Path archive, Path failed, String jobName) throws IOException {
        int archivedCount = 0;
        int failedCount = 0;
        int left = 0;
        for (InputFileRecord input : runs.inputs(runId)) {
            Path file = Path.of(input.path());
            if (!isWhatTheRunRead(file, input)) {
                left++;
                continue;
            }
            if (InputFileRecord.FAILED.equals(input.status())) {
                Path target = move(file, failed, runId);
                writeWhy(target, input, runId, jobName, file.getParent());
                log.warn("job {}: {} could not be read: moved to {} (see {}.why.txt)", jobName, input.name(),
                        target, target.getFileName());
                failedCount++;
            } else if (InputFileRecord.SKIPPED.equals(input.status())) {
                // Content a completed run had screened before belongs with that run; content another
                // live run holds (the lock) is not screened yet and stays for the next run.
                Optional<Long> screenedBy = runs.completedRunThatScreened(input.sha256());
                if (screenedBy.isEmpty()) {
                    log.info("job {}: {} was left out of run {} ({}): left in the inbox", jobName, input.name(),
                            runId, input.problem());
                    left++;
                    continue;
                }
                move(file, archive, screenedBy.get());
                archivedCount++;
            } else {
                move(file, archive, runId);
                archivedCount++;
            }
        }
        if (archivedCount > 0) {
            log.info("job {}: run {}: archived {} file(s) to {}", jobName, runId, archivedCount, archive);
        }
        return new Moved(archivedCount, failedCount, left);
    }

    /** The file is still there and still what the run read; a move of an earlier attempt may have taken it. */
    private static boolean isWhatTheRunRead(Path file, InputFileRecord input) throws IOException {
        if (!Files.isRegularFile(file)) {
            log.info("{}: no longer at {} (moved already?)", input.name(), file.getParent());
            return false;
        }
        try {
            if (Files.size(file) == input.sizeBytes() && Sha256.of(file).equals(input.sha256())) {
                return true;
            }
        } catch (NoSuchFileException gone) {
            return false;
        }
        log.warn("{}: changed since run {} read it: left in the inbox for the next run", input.name(), input.runId());
        return false;
    }

    /**
     * Moves {@code file} into {@code folder} as {@code <runId>-<name>}, or {@code <runId>-<n>-<name>}
     * when that is taken (the same export delivered twice); never overwrites.
     */
    static Path move(Path file, Path folder, long runId) throws IOException {
        Files.createDirectories(folder);
        String name = file.getFileName().toString();
        Path target = folder.resolve(runId + "-" + name);
        for (int n = 2; Files.exists(target) || Files.exists(whyOf(target)); n++) {
            target = folder.resolve(runId + "-" + n + "-" + name);
        }
        // a rename within a file system; copy and delete across them (another volume)
        return Files.move(file, target);
    }

    private static Path whyOf(Path failedFile) {
        return failedFile.resolveSibling(failedFile.getFileName() + ".why.txt");
    }

    private static void writeWhy(Path target, InputFileRecord input, long runId, String jobName, Path inbox)
            throws IOException {
        String why = """
                %s could not be read at all, so none of its claims was screened.
                run:     %d (job %s), %s
                problem: %s
                sha256:  %s

                Fix the export (or its column mapping) and put it back into %s: the next run screens it.
                The run's rejects.csv says the same; 'claimscreen show %d' shows the run.
                """.formatted(input.name(), runId, jobName, Instant.now(), input.problem(), input.sha256(), inbox, runId);
        Path note = whyOf(target);
        Path temp = note.resolveSibling(note.getFileName() + ".tmp");
        Files.writeString(temp, why, StandardCharsets.UTF_8);
        Files.move(temp, note, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
