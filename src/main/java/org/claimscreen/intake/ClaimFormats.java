package org.claimscreen.intake;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimscreen.domain.claim.Documentation;
import org.claimscreen.domain.claim.ReferenceData;
import org.claimscreen.intake.csv.ColumnMapping;
import org.claimscreen.intake.csv.CsvClaimFormat;
import org.claimscreen.intake.fhir.FhirClaimFormat;
import org.claimscreen.intake.x12.X12ClaimFormat;

/**
 * The formats a run reads, in the order a file's name is offered to them: FHIR R4 (.json, .xml,
 * .ndjson, .jsonl), X12 837P (.837, .x12, .edi), then CSV, which also takes any file named on its own that no other format
 * takes. With the run's documentation on file, every format's claim lines take from it what their
 * input does not give ({@link Documentation#fill}), as docs/reference-data.md says.
 */
public final class ClaimFormats {

    private final List<ClaimFormat> formats;
    private final ClaimFormat fallback;

    private ClaimFormats(List<ClaimFormat> formats, ClaimFormat fallback) {
        this.formats = List.copyOf(formats);
        this.fallback = fallback;
    }

    /** The canonical CSV layout. */
    public static ClaimFormats canonical() {
        return of(ColumnMapping.NONE, null);
    }

    /**
     * @param mapping   how CSV files are laid out ({@link ColumnMapping#NONE}: the canonical layout)
     * @param reference the provider roster, when the mapping takes the rendering taxonomy from it (and for an
     *                  837P rendering provider without PRV*PE); else null
     */
    public static ClaimFormats of(ColumnMapping mapping, ReferenceData reference) {
        return of(mapping, reference, reference);
    }

    /**
     * @param csvReference the provider roster, when the CSV mapping takes the rendering taxonomy from it; else null
     * @param roster       the run's provider roster, for an 837P rendering provider without PRV*PE; may be null
     */
    public static ClaimFormats of(ColumnMapping mapping, ReferenceData csvReference, ReferenceData roster) {
        return of(mapping, csvReference, roster, Documentation.NONE);
    }

    /**
     * @param documentation the run's documentation on file ({@link Documentation#NONE}: none); the
     *                      837P reader also asks it whether a line's service is documented before it
     *                      reads modifier GA as an ABN on file
     */
    public static ClaimFormats of(ColumnMapping mapping, ReferenceData csvReference, ReferenceData roster,
            Documentation documentation) {
        Documentation records = documentation == null ? Documentation.NONE : documentation;
        ClaimFormat csv = documented(new CsvClaimFormat(mapping, csvReference), records);
        return new ClaimFormats(List.of(documented(new FhirClaimFormat(), records),
                documented(new X12ClaimFormat(roster, records), records), csv), csv);
    }

    private static ClaimFormat documented(ClaimFormat format, Documentation documentation) {
        return documentation.isEmpty() ? format : new DocumentedFormat(format, documentation);
    }

    /** The format of a file named on its own: the first that takes its name, else CSV. */
    public ClaimFormat of(Path file) {
        return forName(file).orElse(fallback);
    }

    /** The first format that takes the file's name, if any (a folder's other files are passed over). */
    public Optional<ClaimFormat> forName(Path file) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return formats.stream().filter(format -> format.takesName(lower)).findFirst();
    }

    /** The format a run recorded for an input, by its name. */
    public Optional<ClaimFormat> named(String name) {
        return name == null ? Optional.empty()
                : formats.stream().filter(format -> format.name().equalsIgnoreCase(name)).findFirst();
    }
}
