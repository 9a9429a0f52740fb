package org.claimscreen.intake.csv;

import static org.claimscreen.intake.csv.ClaimCsvColumns.ABN_ON_FILE;
import static org.claimscreen.intake.csv.ClaimCsvColumns.BILLING_NPI;
import static org.claimscreen.intake.csv.ClaimCsvColumns.CLAIM_ID;
import static org.claimscreen.intake.csv.ClaimCsvColumns.LINE_NUMBER;
import static org.claimscreen.intake.csv.ClaimCsvColumns.LMN_ON_FILE;
import static org.claimscreen.intake.csv.ClaimCsvColumns.PAYER_TYPE;
import static org.claimscreen.intake.csv.ClaimCsvColumns.PLACE_OF_SERVICE;
import static org.claimscreen.intake.csv.ClaimCsvColumns.PLAN_OF_CARE;
import static org.claimscreen.intake.csv.ClaimCsvColumns.PROCEDURE_CODE;
import static org.claimscreen.intake.csv.ClaimCsvColumns.REFERRING_NPI;
import static org.claimscreen.intake.csv.ClaimCsvColumns.RENDERING_NPI;
import static org.claimscreen.intake.csv.ClaimCsvColumns.RENDERING_TAXONOMY;
import static org.claimscreen.intake.csv.ClaimCsvColumns.SUPERVISING_NPI;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.claimscreen.domain.claim.Excerpt;
import org.claimscreen.domain.claim.Indicator;
import org.claimscreen.domain.claim.InvalidValueException;
import org.claimscreen.domain.claim.Npi;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.claim.Taxonomy;

/**
 * How another export's layout maps onto the canonical claim columns (docs/column-mappings.md): the
 * delimiter, a date pattern besides ISO dates, the file's header(s) for each canonical column (a
 * list is joined with {@code ;}), constants for what the export lacks, the rendering taxonomy from
 * the provider roster, and rows to leave unscreened because they are out of scope.
 *
 * <pre>
 * delimiter: "|"
 * date-format: dd-MMM-yyyy
 * columns:
 *   claim_id: CLM_ID
 *   modifiers: [HCPCS_1ST_MDFR_CD, HCPCS_2ND_MDFR_CD]
 *   rendering_taxonomy: { from-roster: rendering_npi }
 * constants:
 *   payer_type: ORIGINAL_MEDICARE
 * screen-only:
 *   DML_IND: [INSERT, UPDATE]
 * </pre>
 *
 * <p>This is the model; the YAML file is read by {@code config.ColumnMappingFile}, which checks each
 * value with the checks here ({@link #canonicalColumn}, {@link #delimiter}, {@link #checkDatePattern},
 * {@link #checkConstant}, {@link FromRoster#of}) to name the line of a refusal, and the constructor
 * checks them again. Everything that can be checked without a claim file is checked then, so a bad
 * mapping stops a run before it starts. What depends on a file (its header has the mapped columns)
 * is checked when the claim reader opens that file, which then fails alone, naming what it lacks.
 * Canonical columns the mapping does not name are still found by their canonical name.
 *
 * <p>Immutable; one instance serves every file of a run.
 */
public final class ColumnMapping {

    /** No mapping: the canonical layout, comma-separated, dates as claim-csv.md lists them. */
    public static final ColumnMapping NONE = new ColumnMapping("", ',', null, Map.of(), List.of());

    private static final List<String> NPI_COLUMNS = List.of(RENDERING_NPI, SUPERVISING_NPI, REFERRING_NPI, BILLING_NPI);
    private static final Set<String> PER_LINE = Set.of(CLAIM_ID, LINE_NUMBER);
    private static final LocalDate SAMPLE_DATE = LocalDate.of(2000, 6, 27);

    /** Where a canonical column's value comes from in a mapped file. */
    public sealed interface Source {
    }

    /** One header, or several whose non-empty cells are joined with {@code ;}. Names as written. */
    public record Headers(List<String> names) implements Source {

        public Headers {
            if (names.isEmpty()) {
                throw new IllegalArgumentException("the list of the file's headers is empty");
            }
            if (new LinkedHashSet<>(names).size() != names.size()) {
                throw new IllegalArgumentException("a header is listed twice");
            }
            names = List.copyOf(names);
        }
    }

    /** One value for every row of the file. */
    public record Constant(String value) implements Source {
    }

    /** The roster's taxonomy of the provider whose NPI is in {@code npiColumn} (a canonical column). */
    public record FromRoster(String npiColumn) implements Source {

        public FromRoster {
            if (!NPI_COLUMNS.contains(npiColumn)) {
                throw notAnNpiColumn(npiColumn);
            }
        }

        /** The look-up by the NPI column named {@code column} (any case, surrounding spaces). */
        public static FromRoster of(String column) {
            String npiColumn = CsvHeader.normalize(column);
            if (!NPI_COLUMNS.contains(npiColumn)) {
                throw notAnNpiColumn(column);
            }
            return new FromRoster(npiColumn);
        }

        private static IllegalArgumentException notAnNpiColumn(String column) {
            return new IllegalArgumentException(Excerpt.quoted(column) + " is not an NPI column (one of "
                    + String.join(", ", NPI_COLUMNS) + ")");
        }
    }

    /** A condition a row must meet to be screened: the cell of {@code header} is one of {@code values}. */
    public record ScreenOnly(String header, List<String> values) {

        public ScreenOnly {
            if (values.isEmpty()) {
                throw new IllegalArgumentException("the list of values is empty");
            }
            values = List.copyOf(values);
        }

        /** The header as a file's header is matched: ignoring case and surrounding spaces. */
        public String normalizedHeader() {
            return CsvHeader.normalize(header);
        }
    }

    private final String name;
    private final char delimiter;
    private final String datePattern;
    private final DateTimeFormatter dateFormat;
    private final Map<String, Source> sources;
    private final Map<String, ScreenOnly> screenOnly;

    /**
     * A mapping as checked values.
     *
     * @param name        the file it was read from, for messages; empty for none
     * @param datePattern the date pattern besides ISO dates, or null
     * @param sources     canonical column (as {@link #canonicalColumn} gives it) to where its value comes from
     * @param screenOnly  the conditions a row must meet to be screened, at most one per header
     * @throws IllegalArgumentException when a value is one the checks here refuse
     */
    public ColumnMapping(String name, char delimiter, String datePattern, Map<String, Source> sources,
            List<ScreenOnly> screenOnly) {
        this.name = name;
        this.delimiter = delimiter(String.valueOf(delimiter));
        this.datePattern = datePattern;
        this.dateFormat = datePattern == null ? null : dateFormat(datePattern);
        for (Map.Entry<String, Source> source : sources.entrySet()) {
            String column = source.getKey();
            if (!canonicalColumn(column).equals(column)) {
                throw new IllegalArgumentException(column + " is not written as the canonical column "
                        + canonicalColumn(column));
            }
            if (source.getValue() instanceof FromRoster) {
                checkFromRoster(column);
            } else if (source.getValue() instanceof Constant constant) {
                checkConstant(column, constant.value());
            }
        }
        Map<String, ScreenOnly> conditions = new LinkedHashMap<>();
        for (ScreenOnly condition : screenOnly) {
            if (conditions.put(condition.normalizedHeader(), condition) != null) {
                throw new IllegalArgumentException("screen-only names " + condition.header() + " twice");
            }
        }
        this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        this.screenOnly = Collections.unmodifiableMap(conditions);
    }

    /**
     * The canonical column (claim-csv.md) {@code key} names, ignoring case and surrounding spaces.
     *
     * @throws IllegalArgumentException when it names none, with the near one when there is one
     */
    public static String canonicalColumn(String key) {
        String column = CsvHeader.normalize(key);
        if (!ClaimCsvColumns.ALL.contains(column)) {
            List<String> near = NearNames.of(column, ClaimCsvColumns.ALL);
            throw new IllegalArgumentException(near.isEmpty()
                    ? "unknown canonical column; the canonical columns (docs/claim-csv.md) are "
                            + String.join(", ", ClaimCsvColumns.ALL)
                    : "unknown canonical column (did you mean " + near.get(0) + "?)");
        }
        return column;
    }

    /**
     * The delimiter {@code text} names: one character, or a tab written {@code \t} or {@code tab}.
     *
     * @throws IllegalArgumentException when it is more than one character, or a letter, digit,
     *                                  quote or line break
     */
    public static char delimiter(String text) {
        String delimiter = text.equalsIgnoreCase("tab") || text.equals("\\t") ? "\t" : text;
        if (delimiter.length() != 1) {
            throw new IllegalArgumentException(Excerpt.quoted(text)
                    + " is not a delimiter: give one character, e.g. \",\", \"|\" or \"\\t\" (tab)");
        }
        char c = delimiter.charAt(0);
        if (c == '"' || c == '\r' || c == '\n' || Character.isLetterOrDigit(c)) {
            throw new IllegalArgumentException(Excerpt.quoted(text)
                    + " cannot be a delimiter (not a letter, digit, quote or line break)");
        }
        return c;
    }

    /**
     * Checks a {@code date-format}.
     *
     * @throws IllegalArgumentException when it does not parse or does not name a whole date
     */
    public static void checkDatePattern(String pattern) {
        dateFormat(pattern);
    }

    /** Only the rendering taxonomy can come from the roster: it holds each NPI's taxonomy. */
    public static void checkFromRoster(String column) {
        if (!column.equals(RENDERING_TAXONOMY)) {
            throw new IllegalArgumentException("from-roster serves rendering_taxonomy only: the roster holds each NPI's taxonomy");
        }
    }

    /**
     * Checks what the model can check now, so a wrong constant is one error, not one reject per row.
     *
     * @throws IllegalArgumentException when {@code column} differs per line or the model refuses {@code value}
     */
    public static void checkConstant(String column, String value) {
        if (PER_LINE.contains(column)) {
            throw new IllegalArgumentException(column + " differs from line to line; it cannot be a constant");
        }
        switch (column) {
            case PAYER_TYPE -> PayerType.parse(value);
            case RENDERING_NPI, SUPERVISING_NPI, REFERRING_NPI, BILLING_NPI -> Npi.of(value);
            case RENDERING_TAXONOMY -> Taxonomy.of(value);
            case PLAN_OF_CARE, ABN_ON_FILE, LMN_ON_FILE -> Indicator.parse(value);
            case PLACE_OF_SERVICE -> {
                if (value.length() != 2 || Cells.wholeNumber(value) == Cells.NOT_A_NUMBER) {
                    throw new InvalidValueException(Excerpt.quoted(value) + " is not a two-digit place-of-service code");
                }
            }
            default -> {
                // checked row by row like any cell
            }
        }
    }

    /** The file the mapping was read from, as given; empty for {@link #NONE}. */
    public String name() {
        return name;
    }

    /** The file name without folders, as messages about claim files name the mapping. */
    String fileName() {
        Path path = Path.of(name).getFileName();
        return path == null ? name : path.toString();
    }

    /** "the mapping tuva.yaml", for messages. */
    String shortName() {
        return "the mapping " + fileName();
    }

    public char delimiter() {
        return delimiter;
    }

    /** The date pattern accepted besides ISO dates, or null (then MM/DD/YYYY is accepted too). */
    public String datePattern() {
        return datePattern;
    }

    DateTimeFormatter dateFormat() {
        return dateFormat;
    }

    /** True when the rendering taxonomy comes from the provider roster: a run needs one. */
    public boolean needsRoster() {
        return sources.values().stream().anyMatch(FromRoster.class::isInstance);
    }

    /** Canonical column to where its value comes from, in the file's order. */
    public Map<String, Source> sources() {
        return sources;
    }

    /** The conditions a row must meet to be screened, by {@link ScreenOnly#normalizedHeader()}. */
    public Map<String, ScreenOnly> screenOnly() {
        return screenOnly;
    }

    /**
     * The headers (normalised) a claim file of this layout must have, by which a folder's files
     * are told apart from other tables: those of claim_id and procedure_code.
     */
    public List<String> identifyingHeaders() {
        List<String> names = new ArrayList<>();
        for (String column : List.of(CLAIM_ID, PROCEDURE_CODE)) {
            Source source = sources.get(column);
            if (source instanceof Headers headers) {
                headers.names().forEach(header -> names.add(CsvHeader.normalize(header)));
            } else if (source == null) {
                names.add(column);
            }
        }
        return names;
    }

    /**
     * Where a file's claim ids are, given its header row: what the claim splitter needs to copy a
     * claim's records to clean/ or held/ under the id the reader stored. Cells are found by name,
     * ignoring case and surrounding spaces, as the reader finds them.
     */
    public ClaimIdColumn claimIdColumn(CSVRecord header) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            positions.putIfAbsent(CsvHeader.normalize(header.get(i)), i);
        }
        List<String> names = sources.get(CLAIM_ID) instanceof Headers headers ? headers.names() : List.of(CLAIM_ID);
        int[] cells = new int[names.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = positions.getOrDefault(CsvHeader.normalize(names.get(i)), -1);
        }
        return new ClaimIdColumn(cells);
    }

    /** The cell(s) a claim id is read from. */
    public static final class ClaimIdColumn {

        private final int[] cells;

        ClaimIdColumn(int[] cells) {
            this.cells = cells;
        }

        /** The record's claim id as the reader stores it, or null when it has none. */
        public String of(CSVRecord record) {
            return cells.length == 1 ? (cells[0] >= 0 && cells[0] < record.size() ? Cells.text(record.get(cells[0])) : null)
                    : joined(record, cells);
        }
    }

    /** The non-empty cells at {@code positions}, stripped and joined with ';', or null when all are empty. */
    static String joined(CSVRecord record, int[] positions) {
        StringBuilder text = null;
        for (int position : positions) {
            String cell = position >= 0 && position < record.size() ? Cells.text(record.get(position)) : null;
            if (cell != null) {
                if (text == null) {
                    text = new StringBuilder(cell);
                } else {
                    text.append(';').append(cell);
                }
            }
        }
        return text == null ? null : text.toString();
    }

    private static DateTimeFormatter dateFormat(String pattern) {
        DateTimeFormatter format;
        try {
            // Exports write OCT as well as Oct; STRICT refuses 30-Feb instead of moving it to 28-Feb.
            format = new DateTimeFormatterBuilder()
                    .parseCaseInsensitive()
                    .appendPattern(pattern)
                    .parseDefaulting(ChronoField.ERA, 1)
                    .toFormatter(Locale.US)
                    .withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Excerpt.quoted(pattern) + " is not a date pattern (" + e.getMessage()
                    + "); use java DateTimeFormatter letters, e.g. yyyyMMdd or dd-MMM-yyyy", e);
        }
        try {
            if (LocalDate.parse(format.format(SAMPLE_DATE), format).equals(SAMPLE_DATE)) {
                return format;
            }
        } catch (DateTimeException e) {
            // said below
        }
        throw new IllegalArgumentException(Excerpt.quoted(pattern)
                + " does not name a whole date: it needs the year, month and day, e.g. yyyyMMdd");
    }
}
