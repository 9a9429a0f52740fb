package org.claimscreen.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which files a run writes (docs/outputs.md): a job definition's {@code output.files}, or
 * {@code screen --outputs}; all of them unless one says otherwise. {@code summary.json} is always
 * written, named or not: the run's counts live there, and a run without them says nothing.
 */
public record Outputs(Set<Outputs.File> files) {

    /** One output, by the name a job definition and {@code --outputs} give it. */
    public enum File {
        REPORT("report", "report.html"),
        FINDINGS_CSV("findings-csv", "findings.csv"),
        FINDINGS_JSON("findings-json", "findings.json"),
        SPLIT("split", "clean/ and held/"),
        SUMMARY("summary", "summary.json"),
        REJECTS("rejects", "rejects.csv"),
        NOT_SCREENED("not-screened", "not-screened.csv"),
        /** Written only by a run that read an 837P input. */
        X12_ACKNOWLEDGEMENTS("x12-acknowledgements", "x12-acknowledgements.csv");

        private final String key;
        private final String written;

        File(String key, String written) {
            this.key = key;
            this.written = written;
        }

        /** The name {@code --outputs} and {@code output.files} take, e.g. {@code findings-csv}. */
        public String key() {
            return key;
        }

        /** What it writes in the run's folder, e.g. {@code findings.csv}. */
        public String written() {
            return written;
        }

        static Optional<File> named(String key) {
            return Arrays.stream(values()).filter(f -> f.key.equals(key.strip().toLowerCase(Locale.ROOT))).findFirst();
        }
    }

    /** Every output: what a run writes unless told otherwise. */
    public static final Outputs ALL = new Outputs(EnumSet.allOf(File.class));

    public Outputs {
        EnumSet<File> copy = EnumSet.of(File.SUMMARY);
        copy.addAll(files);
        files = java.util.Collections.unmodifiableSet(copy);
    }

    /** The names every output goes by, in the order {@link #text()} gives them. */
    public static String names() {
        return Arrays.stream(File.values()).map(File::key).collect(Collectors.joining(", "));
    }

    /**
     * Parses a list of output names ({@code report,findings-csv}); summary is added.
     *
     * @throws IllegalArgumentException naming the first unknown name, or an empty list
     */
    public static Outputs of(Collection<String> names) {
        List<File> files = new ArrayList<>();
        for (String name : names) {
            if (name.isBlank()) {
                continue;
            }
            files.add(File.named(name).orElseThrow(() -> new IllegalArgumentException(
                    "'" + name.strip() + "' is not an output (" + names() + ")")));
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("names no output (" + names() + ")");
        }
        return new Outputs(EnumSet.copyOf(files));
    }

    /** Parses a comma-separated list, as {@code --outputs} gives it. */
    public static Outputs parse(String commaSeparated) {
        return of(Arrays.asList(commaSeparated.split(",", -1)));
    }

    /** Parses what a run's parameters recorded; absent (a run recorded before there was a choice): all. */
    public static Outputs recorded(String text) {
        return text == null || text.isBlank() ? ALL : parse(text);
    }

    public boolean has(File file) {
        return files.contains(file);
    }

    public Outputs without(File file) {
        EnumSet<File> fewer = EnumSet.copyOf(files);
        fewer.remove(file);
        return new Outputs(fewer);
    }

    /** The names, comma-separated in a fixed order: what the run's parameters record. */
    public String text() {
        return files.stream().map(File::key).collect(Collectors.joining(","));
    }
}
