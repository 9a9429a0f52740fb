package org.claimscreen.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimscreen.config.RulePackFile;
import org.claimscreen.intake.Sha256;

/**
 * Whether a rerun can screen with what its run recorded: the rule pack (by its id, version and
 * sha256) and the reference data files (by sha256). claimscreen keeps no copy of either: a rule
 * pack that changed since is not available, and the rerun is refused unless {@code --current-rules}
 * accepts today's; a plans, roster or documentation file that changed is read as it is now, and said so (a note
 * that the rerun prints and records). A file that is gone refuses the rerun.
 */
public final class Reproduction {

    private Reproduction() {
    }

    /**
     * What a run screened with, or what a rerun would screen with now.
     *
     * @param packLabel  the pack's id and version, "builtin 2026.1"
     * @param packSha256 null when not recorded (runs recorded before), or the pack file is gone
     * @param plans      the plans file, null for none
     * @param plansSha256 null when none, not recorded or gone
     */
    public record Setup(String packLabel, Path pack, String packSha256, Path plans, String plansSha256,
            Path providers, String providersSha256, Path documentation, String documentationSha256) {

        /** What a run without documentation on file screened with. */
        public Setup(String packLabel, Path pack, String packSha256, Path plans, String plansSha256,
                Path providers, String providersSha256) {
            this(packLabel, pack, packSha256, plans, plansSha256, providers, providersSha256, null, null);
        }
    }

    /**
     * @param refusal one line saying why the rerun cannot screen as asked, null when it can
     * @param notes   what the rerun screens with that differs from (or cannot be checked against) the run's
     */
    public record Outcome(String refusal, List<String> notes) {

        public Outcome {
            notes = List.copyOf(notes);
        }

        /** The notes in one line, as recorded; null for none. */
        public String notesText() {
            return notes.isEmpty() ? null : String.join("; ", notes);
        }
    }

    /** Compares run {@code runId}'s recorded setup with today's, for a rerun with or without {@code --current-rules}. */
    public static Outcome compare(long runId, Setup recorded, Setup now, boolean currentRules) {
        List<String> notes = new ArrayList<>();
        if (recorded.pack() != null && now.packSha256() == null) {
            return new Outcome("cannot rerun run " + runId + ": its rule pack " + recorded.pack() + " is gone", notes);
        }
        boolean samePack = recorded.packSha256() != null
                ? recorded.packSha256().equals(now.packSha256())
                : recorded.packLabel().equals(now.packLabel());
        if (!samePack) {
            String was = recorded.packLabel() + shortSha(recorded.packSha256());
            String is = now.packLabel() + shortSha(now.packSha256());
            if (!currentRules) {
                return new Outcome("cannot rerun run " + runId + " with its rule pack: it screened with " + was
                        + ", which is no longer available (the pack now is " + is + "); claimscreen rerun " + runId
                        + " --current-rules screens it with today's", notes);
            }
            notes.add("rules: today's pack " + is + ", not run " + runId + "'s " + was + " (--current-rules)");
        } else if (recorded.packSha256() == null) {
            notes.add("rules: run " + runId + " recorded no sha256 of its rule pack: checked by id and version only");
        }
        String plans = reference(runId, "plans", recorded.plans(), recorded.plansSha256(), now.plans(),
                now.plansSha256(), notes);
        if (plans != null) {
            return new Outcome(plans, notes);
        }
        String providers = reference(runId, "providers", recorded.providers(), recorded.providersSha256(),
                now.providers(), now.providersSha256(), notes);
        if (providers != null) {
            return new Outcome(providers, notes);
        }
        String documentation = reference(runId, "documentation", recorded.documentation(),
                recorded.documentationSha256(), now.documentation(), now.documentationSha256(), notes);
        return new Outcome(documentation, notes);
    }

    /** A refusal for a reference file that is gone; a note for one that changed or cannot be checked. */
    private static String reference(long runId, String what, Path file, String recordedSha, Path nowFile,
            String nowSha, List<String> notes) {
        if (file == null) {
            return null;
        }
        if (nowSha == null) {
            return "cannot rerun run " + runId + ": its " + what + " file " + file + " is gone";
        }
        if (recordedSha == null) {
            notes.add(what + ": run " + runId + " recorded no sha256 of " + file.getFileName()
                    + ": cannot tell whether it changed since");
        } else if (!recordedSha.equals(nowSha)) {
            notes.add(what + ": " + nowFile.getFileName() + " changed since run " + runId
                    + " (sha256 differs); read as it is now: claimscreen keeps no copy, so findings that depend on it"
                    + " may differ");
        }
        return null;
    }

    private static String shortSha(String sha256) {
        return sha256 == null ? "" : " (sha256 " + sha256.substring(0, 12) + "...)";
    }

    /** The sha256 of a rule pack file, or of the built-in pack's resource for null; null when the file is gone. */
    public static String rulePackSha256(Path pack) {
        if (pack != null) {
            return sha256(pack);
        }
        try (InputStream in = Reproduction.class.getClassLoader().getResourceAsStream(RulePackFile.BUILTIN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in rule pack is not on the class path");
            }
            return Sha256.of(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file's sha256; null for no file, or one that is gone. */
    public static String sha256(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Sha256.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
