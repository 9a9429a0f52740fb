package org.claimscreen.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.claimscreen.intake.ClaimFormat;
import org.claimscreen.intake.ClaimFormats;
import org.claimscreen.intake.ClaimReader;
import org.claimscreen.intake.InputDiscovery;
import org.claimscreen.intake.Reject;
import org.claimscreen.intake.Sha256;
import org.claimscreen.intake.csv.CsvFileException;
import org.claimscreen.intake.fhir.FhirFileException;
import org.claimscreen.persistence.InputFileRecord;
import org.claimscreen.persistence.RejectStore;
import org.claimscreen.persistence.RunProvenance;
import org.claimscreen.persistence.RunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Records the run and the files it will read, each with its sha256. A file whose header lacks a
 * required column fails here, before anything is screened, and the other files go on; a file an
 * earlier completed run already screened is skipped unless the run was forced. Each file to
 * screen is locked by content ({@link RunLock}); one that another live run is screening right now
 * is left out with a note naming that run, and the others go on.
 */
class RegisterInputsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RegisterInputsTasklet.class);

    private final RunStore runs;
    private final RejectStore rejects;
    private final RunIds runIds;
    private final ScreenJobParameters parameters;
    private final String rulePack;
    private final ClaimFormats formats;
    private final RunLock lock;

    RegisterInputsTasklet(RunStore runs, RejectStore rejects, RunIds runIds, ScreenJobParameters parameters,
            String rulePack, InputReading reading, RunLock lock) {
        this.lock = lock;
        this.runs = runs;
        this.runIds = runIds;
        this.rejects = rejects;
        this.parameters = parameters;
        this.rulePack = rulePack;
        this.formats = reading.formats();
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long runId = runIds.of(contribution.getStepExecution().getJobExecution());
        Path outDir = parameters.outDir().resolve(Long.toString(runId));
        // Registering again (a restart of a run stopped right after it registered) starts afresh:
        // nothing else of the run exists before this step completes.
        runs.forgetRegistration(runId);
        Instant startedAt = Instant.now();
        runs.createRun(runId, parameters.jobName(), parameters.asOf(), outDir.toString(), rulePack, startedAt,
                provenance(startedAt));
        InputDiscovery.Discovered discovered = InputDiscovery.discover(parameters.inputs(), formats);
        discovered.notes().forEach(log::info);
        int index = 0;
        for (Path file : discovered.claimFiles()) {
            runs.addInput(register(runId, index++, file));
        }
        return RepeatStatus.FINISHED;
    }

    /**
     * What the run records about what it screens with. Its history stands at its start: the runs
     * completed before it count, for its partitions and its restarts alike. A rerun's stands where
     * the rerun run's stood, unless it asked for today's ({@code --with-current-history}).
     */
    private RunProvenance provenance(Instant startedAt) {
        ScreenJobParameters.Rerun rerun = parameters.rerun();
        Instant cutoff = startedAt;
        if (rerun != null && !rerun.currentHistory()) {
            cutoff = runs.historyCutoff(rerun.of())
                    .orElseThrow(() -> new IllegalStateException("run " + rerun.of() + " is not recorded"));
        }
        return new RunProvenance(cutoff, parameters.trial(), rerun == null ? null : rerun.of(),
                rerun == null ? null : rerun.history(), rerun == null ? null : rerun.rules(),
                rerun == null ? null : rerun.notes(), Reproduction.rulePackSha256(parameters.rulePack()),
                Reproduction.sha256(parameters.plans()), Reproduction.sha256(parameters.providers()),
                Reproduction.sha256(parameters.documentation()));
    }

    private InputFileRecord register(long runId, int index, Path file) throws IOException {
        String name = file.getFileName().toString();
        ClaimFormat claimFormat = formats.of(file);
        String format = claimFormat.name();
        String sha256 = Sha256.of(file);
        long size = Files.size(file);
        if (!parameters.force()) {
            Optional<Long> earlier = runs.completedRunThatScreened(sha256);
            if (earlier.isPresent()) {
                log.info("{}: already screened by run {}, skipped (use --force to screen it again)", name, earlier.get());
                return new InputFileRecord(runId, index, file.toString(), name, format, sha256, size, 0L,
                        InputFileRecord.SKIPPED, "already screened by run " + earlier.get());
            }
        }
        Optional<RunLock.Holder> holder = lock.lockInput(sha256, runId);
        if (holder.isPresent()) {
            String problem = "being screened by " + holder.get().describe() + " now";
            log.info("{}: {}; left out of this run (screen it again once that run has ended)", name, problem);
            return new InputFileRecord(runId, index, file.toString(), name, format, sha256, size, 0L,
                    InputFileRecord.SKIPPED, problem);
        }
        if (!parameters.force()) {
            // A run that held the lock may have completed between the check above and the lock.
            Optional<Long> earlier = runs.completedRunThatScreened(sha256);
            if (earlier.isPresent()) {
                lock.releaseInput(sha256, runId);
                log.info("{}: already screened by run {}, skipped (use --force to screen it again)", name, earlier.get());
                return new InputFileRecord(runId, index, file.toString(), name, format, sha256, size, 0L,
                        InputFileRecord.SKIPPED, "already screened by run " + earlier.get());
            }
        }
        // Open it once now, so a file that cannot be read at all fails before anything is screened.
        try (ClaimReader reader = claimFormat.open(file)) {
            reader.notes().forEach(note -> log.info("{}: {}", name, note));
            return new InputFileRecord(runId, index, file.toString(), name, format, sha256, size, null,
                    InputFileRecord.OK, null);
        } catch (Exception unreadable) {
            // The reject names the file already: say only what is wrong with it.
            String problem = unreadable instanceof CsvFileException csv ? csv.reason()
                    : unreadable instanceof FhirFileException fhir ? fhir.reason() : unreadable.getMessage();
            log.warn("{}: not screened: {}", name, problem);
            rejects.insert(runId, index, RejectStore.Kind.FILE, new Reject(name, 1, null, "header", problem));
            return new InputFileRecord(runId, index, file.toString(), name, format, sha256, size, 0L,
                    InputFileRecord.FAILED, problem);
        }
    }
}
