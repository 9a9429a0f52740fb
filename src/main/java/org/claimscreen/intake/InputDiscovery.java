package org.claimscreen.intake;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
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
    private static final List<String> REFERENCE_FILES = List.of("plans.csv", "providers.csv");

    /** Besides .csv, what a mapped export's tables are called. */
    private static final List<String> MAPPED_TABLE_SUFFIXES = List.of(".txt", ".tsv", ".psv");

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
                addFolder(input, mapping, files, notes);
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

    private static void addFolder(Path folder, ColumnMapping mapping, List<Path> files, List<String> notes)
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
            } else if (isFhirName(lower)) {
                if (looksLikeFhir(entry)) {
                    addUnlessPresent(files, entry);
                } else {
                    notes.add("skipped " + entry + ": not a FHIR resource (no resourceType)");
                }
            } else if (!lower.endsWith(".csv")
                    && (mapping == ColumnMapping.NONE || MAPPED_TABLE_SUFFIXES.stream().noneMatch(lower::endsWith))) {
                notes.add("skipped " + entry + ": not a claim file");
            } else if (!looksLikeClaimCsv(entry, mapping)) {
                notes.add("skipped " + entry + ": its header names neither "
                        + String.join(" nor ", mapping.identifyingHeaders()));
            } else {
                addUnlessPresent(files, entry);
            }
        }
    }

    private static void addUnlessPresent(List<Path> files, Path file) {
        Path normal = file.toAbsolutePath().normalize();
        if (!files.contains(normal)) {
            files.add(normal);
        }
    }

    /** File names a FHIR input may have. */
    public static boolean isFhirName(String lowerCaseName) {
        return lowerCaseName.endsWith(".json") || lowerCaseName.endsWith(".ndjson") || lowerCaseName.endsWith(".jsonl")
                || lowerCaseName.endsWith(".xml");
    }

    /** A FHIR resource names its type near the start: "resourceType" in JSON, the FHIR namespace in XML. */
    private static boolean looksLikeFhir(Path file) {
        char[] head = new char[8192];
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = reader.read(head);
            String start = n <= 0 ? "" : new String(head, 0, n);
            return start.contains("\"resourceType\"") || start.contains("http://hl7.org/fhir");
        } catch (IOException | RuntimeException e) {
            // Unreadable here means unreadable later too: take it, so the run reports it as a failed file.
            return true;
        }
    }

    /**
     * A table whose header names either identifying column as a whole cell is a claim file: one
     * that lacks the other is then refused by the reader, naming the missing column, rather than
     * passed over here as if it were not meant as claims.
     */
    private static boolean looksLikeClaimCsv(Path file, ColumnMapping mapping) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null) {
                return false;
            }
            Set<String> cells = new HashSet<>();
            for (String cell : header.split(Pattern.quote(String.valueOf(mapping.delimiter())), -1)) {
                // as the reader normalises header names; a byte-order mark may lead the first
                cells.add(cell.replace("\"", "").replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT));
            }
            return mapping.identifyingHeaders().stream().anyMatch(cells::contains);
        } catch (IOException | RuntimeException e) {
            // Unreadable here means unreadable later too: take it, so the run reports it as a failed file.
            return true;
        }
    }
}
