package org.claimscreen.intake;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.claimscreen.intake.csv.ColumnMapping;

/**
 * Turns the command line's files and folders into the claim files of a run. A folder gives its
 * claim files, sorted by name: CSV files whose header names claim columns, and FHIR files (.json,
 * .ndjson, .jsonl, .xml that look like FHIR resources); reference files and READMEs in it are passed
 * over, anything else is skipped with a note. A file named explicitly is always taken.
 *
 * <p>With a column mapping, claim tables are told by the mapping's headers instead, and may also
 * be named .txt, .tsv or .psv, as pipe- and tab-delimited exports often are.
 *
 * <p>An input whose file name is a pattern ({@code inbox/*.csv}: {@code *}, {@code ?}, {@code [..]},
 * {@code {..}}) stands for the files of its folder that match it, each taken as if named: a job's
 * inbox is screened that way, so a file put there that cannot be read fails visibly rather than
 * being passed over. Hidden files, reference files and READMEs are passed over there too.
 */
public final class InputDiscovery {

    /** Files a folder never contributes as claims: they are the run's reference data. */
    private static final List<String> REFERENCE_FILES = List.of("plans.csv", "providers.csv", "documentation.csv");

    private InputDiscovery() {
    }

    /** @param notes one line per folder entry that was skipped, and why */
    public record Discovered(List<Path> claimFiles, List<String> notes) {
    }

    /** A named input that does not exist or cannot be read: a usage error, said in one line. */
    public static final class InputProblem extends Exception {
        public InputProblem(String message) {
            super(message);
        }
    }

    public static Discovered discover(List<Path> inputs) throws InputProblem {
        return discover(inputs, ColumnMapping.NONE);
    }

    /** As {@link #discover(List)}, telling a folder's claim tables by {@code mapping}'s headers. */
    public static Discovered discover(List<Path> inputs, ColumnMapping mapping) throws InputProblem {
        return discover(inputs, ClaimFormats.of(mapping, null));
    }

    /** As {@link #discover(List)}, telling a folder's claim files by what {@code formats} take. */
    public static Discovered discover(List<Path> inputs, ClaimFormats formats) throws InputProblem {
        List<Path> files = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Path input : inputs) {
            if (isPattern(input)) {
                addMatches(input, files);
                continue;
            }
            if (!Files.exists(input)) {
                throw new InputProblem("no such file or folder: " + input);
            }
            if (!Files.isReadable(input)) {
                throw new InputProblem("cannot read " + input + " (permission denied)");
            }
            if (Files.isDirectory(input)) {
                addFolder(input, formats, files, notes);
            } else {
                addUnlessPresent(files, input);
            }
        }
        return new Discovered(List.copyOf(files), List.copyOf(notes));
    }

    /** Where reference files are looked for by default: the first input's folder. */
    public static Path referenceFolder(List<Path> inputs) {
        Path first = inputs.get(0).toAbsolutePath();
        return Files.isDirectory(first) ? first : first.getParent();
    }

    /**
     * True for an input that is a file name pattern in a folder ({@code inbox/*.csv}); a file or
     * folder that exists under that very name is itself.
     */
    public static boolean isPattern(Path input) {
        Path name = input.getFileName();
        return name != null && name.toString().chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{')
                && !Files.exists(input);
    }

    private static void addMatches(Path pattern, List<Path> files) throws InputProblem {
        Path folder = pattern.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new InputProblem("no such folder: " + folder);
        }
        PathMatcher matcher;
        try {
            matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern.getFileName());
        } catch (IllegalArgumentException e) {
            throw new InputProblem("not a file name pattern: " + pattern.getFileName());
        }
        List<Path> entries;
        try (Stream<Path> listing = Files.list(folder)) {
            entries = listing.filter(entry -> matcher.matches(entry.getFileName())).sorted().toList();
        } catch (IOException e) {
            throw new InputProblem("cannot list folder " + folder + ": " + e.getMessage());
        }
        for (Path entry : entries) {
            String lower = entry.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!lower.startsWith(".") && !Files.isDirectory(entry) && !REFERENCE_FILES.contains(lower)
                    && !lower.startsWith("readme")) {
                addUnlessPresent(files, entry);
            }
        }
    }

    private static void addFolder(Path folder, ClaimFormats formats, List<Path> files, List<String> notes)
            throws InputProblem {
        List<Path> entries;
        try (Stream<Path> listing = Files.list(folder)) {
            entries = listing.sorted().toList();
        } catch (IOException e) {
            throw new InputProblem("cannot list folder " + folder + ": " + e.getMessage());
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".") || Files.isDirectory(entry)) {
                continue;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (REFERENCE_FILES.contains(lower) || lower.startsWith("readme")) {
                continue; // expected beside the claims: reference data and documentation, not worth a note
            }
            Optional<ClaimFormat> format = formats.forName(entry);
            String skipped = format.isEmpty() ? "not a claim file" : format.get().whyNotClaims(entry);
            if (skipped == null) {
                addUnlessPresent(files, entry);
            } else {
                notes.add("skipped " + entry + ": " + skipped);
            }
        }
    }

    private static void addUnlessPresent(List<Path> files, Path file) {
        Path normal = file.toAbsolutePath().normalize();
        if (!files.contains(normal)) {
            files.add(normal);
        }
    }
}
