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

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

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
 * <p>Everything that can be checked without a claim file is checked by {@link #load}, so a bad
 * mapping stops a run before it starts. What depends on a file (its header has the mapped columns)
 * is checked when the claim reader opens that file, which then fails alone, naming what it lacks.
 * Canonical columns the mapping does not name are still found by their canonical name.
 *
 * <p>Immutable; one instance serves every file of a run.
 */
public final class ColumnMapping {

    /** No mapping: the canonical layout, comma-separated, dates as claim-csv.md lists them. */
    public static final ColumnMapping NONE = new ColumnMapping("", ',', null, null, Map.of(), Map.of());

    static final String FROM_ROSTER = "from-roster";

    private static final List<String> KEYS = List.of("description", "delimiter", "date-format", "columns",
            "constants", "screen-only");
    private static final List<String> NPI_COLUMNS = List.of(RENDERING_NPI, SUPERVISING_NPI, REFERRING_NPI, BILLING_NPI);
    private static final Set<String> PER_LINE = Set.of(CLAIM_ID, LINE_NUMBER);
    private static final LocalDate SAMPLE_DATE = LocalDate.of(2000, 6, 27);

    /** Where a canonical column's value comes from in a mapped file. */
    sealed interface Source {
    }

    /** One header, or several whose non-empty cells are joined with {@code ;}. Names as written. */
    record Headers(List<String> names) implements Source {
    }

    /** One value for every row of the file. */
    record Constant(String value) implements Source {
    }

    /** The roster's taxonomy of the provider whose NPI is in {@code npiColumn} (a canonical column). */
    record FromRoster(String npiColumn) implements Source {
    }

    /** A condition a row must meet to be screened: the cell of {@code header} is one of {@code values}. */
    record ScreenOnly(String header, List<String> values) {
    }

    private final String name;
    private final char delimiter;
    private final String datePattern;
    private final DateTimeFormatter dateFormat;
    private final Map<String, Source> sources;
    private final Map<String, ScreenOnly> screenOnly;

    private ColumnMapping(String name, char delimiter, String datePattern, DateTimeFormatter dateFormat,
            Map<String, Source> sources, Map<String, ScreenOnly> screenOnly) {
        this.name = name;
        this.delimiter = delimiter;
        this.datePattern = datePattern;
        this.dateFormat = dateFormat;
        this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        this.screenOnly = Collections.unmodifiableMap(new LinkedHashMap<>(screenOnly));
    }

    /**
     * Reads and checks a mapping file.
     *
     * @throws ColumnMappingException when the file is missing, is not valid YAML, or names an
     *                                unknown key or canonical column, a bad delimiter or date
     *                                pattern, a constant for a mapped column, or a bad constant
     */
    public static ColumnMapping load(Path file) throws ColumnMappingException {
        String name = file.toString();
        Reader reader;
        try {
            reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ColumnMappingException(name, 0, "", "no such file", e);
        } catch (IOException e) {
            throw new ColumnMappingException(name, 0, "", "cannot read: " + e.getMessage(), e);
        }
        return read(name, reader);
    }

    /** Reads a mapping named {@code name} (for messages) from {@code reader}, which is closed. */
    public static ColumnMapping read(String name, Reader reader) throws ColumnMappingException {
        Yml root = Yml.parse(name, reader);
        Map<String, Yml> top = root.mapping(KEYS, "the keys " + String.join(", ", KEYS));
        char delimiter = top.containsKey("delimiter") ? delimiter(top.get("delimiter")) : ',';
        String datePattern = null;
        DateTimeFormatter dateFormat = null;
        if (top.containsKey("date-format")) {
            datePattern = top.get("date-format").text();
            dateFormat = dateFormat(top.get("date-format"), datePattern);
        }
        if (top.containsKey("description")) {
            top.get("description").optionalText();
        }
        Map<String, Source> sources = new LinkedHashMap<>();
        Map<String, Yml> mappedAt = new LinkedHashMap<>();
        Yml columns = top.get("columns");
        if (columns != null && !columns.isNull()) {
            for (Map.Entry<String, Yml> entry : columns.mapping(null, "canonical column: the file's header").entrySet()) {
                String column = canonical(entry.getValue(), entry.getKey());
                if (sources.containsKey(column)) {
                    throw entry.getValue().fail("given twice (as " + column + ")");
                }
                sources.put(column, source(column, entry.getValue()));
                mappedAt.put(column, entry.getValue());
            }
        }
        Yml constants = top.get("constants");
        if (constants != null && !constants.isNull()) {
            for (Map.Entry<String, Yml> entry : constants.mapping(null, "canonical column: value").entrySet()) {
                String column = canonical(entry.getValue(), entry.getKey());
                Yml value = entry.getValue();
                if (mappedAt.containsKey(column)) {
                    throw value.fail(column + " is mapped in columns too (line " + mappedAt.get(column).line()
                            + "): a column comes from the file or is a constant, not both");
                }
                if (sources.containsKey(column)) {
                    throw value.fail("given twice (as " + column + ")");
                }
                if (PER_LINE.contains(column)) {
                    throw value.fail(column + " differs from line to line; it cannot be a constant");
                }
                sources.put(column, new Constant(constant(column, value)));
            }
        }
        Map<String, ScreenOnly> screenOnly = new LinkedHashMap<>();
        Yml only = top.get("screen-only");
        if (only != null && !only.isNull()) {
            for (Map.Entry<String, Yml> entry : only.mapping(null, "the file's header: the values to screen").entrySet()) {
                String header = entry.getKey();
                if (screenOnly.containsKey(CsvHeader.normalize(header))) {
                    throw entry.getValue().fail("given twice");
                }
                screenOnly.put(CsvHeader.normalize(header), new ScreenOnly(header, entry.getValue().texts("values")));
            }
        }
        return new ColumnMapping(name, delimiter, datePattern, dateFormat, sources, screenOnly);
    }

    /** The file as given to {@link #load}; empty for {@link #NONE}. */
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

    Map<String, Source> sources() {
        return sources;
    }

    Map<String, ScreenOnly> screenOnly() {
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

    private static String canonical(Yml at, String key) throws ColumnMappingException {
        String column = CsvHeader.normalize(key);
        if (!ClaimCsvColumns.ALL.contains(column)) {
            List<String> near = NearNames.of(column, ClaimCsvColumns.ALL);
            throw at.failKey(near.isEmpty()
                    ? "unknown canonical column; the canonical columns (docs/claim-csv.md) are "
                            + String.join(", ", ClaimCsvColumns.ALL)
                    : "unknown canonical column (did you mean " + near.get(0) + "?)");
        }
        return column;
    }

    private static Source source(String column, Yml value) throws ColumnMappingException {
        if (value.isMapping()) {
            Map<String, Yml> entries = value.mapping(List.of(FROM_ROSTER), FROM_ROSTER + ": an NPI column");
            Yml npi = entries.get(FROM_ROSTER);
            if (npi == null) {
                throw value.fail("give " + FROM_ROSTER + ": the NPI column whose roster taxonomy to take");
            }
            if (!column.equals(RENDERING_TAXONOMY)) {
                throw value.fail(FROM_ROSTER + " serves rendering_taxonomy only: the roster holds each NPI's taxonomy");
            }
            String npiColumn = CsvHeader.normalize(npi.text());
            if (!NPI_COLUMNS.contains(npiColumn)) {
                throw npi.fail(Excerpt.quoted(npi.text()) + " is not an NPI column (one of " + String.join(", ", NPI_COLUMNS) + ")");
            }
            return new FromRoster(npiColumn);
        }
        return new Headers(value.texts("the file's headers"));
    }

    /** Checks what the model can check now, so a wrong constant is one error, not one reject per row. */
    private static String constant(String column, Yml at) throws ColumnMappingException {
        String value = at.text();
        try {
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
        } catch (InvalidValueException e) {
            throw at.fail(e.getMessage());
        }
        return value;
    }

    private static char delimiter(Yml at) throws ColumnMappingException {
        String raw = at.raw();
        String text = raw.equalsIgnoreCase("tab") || raw.equals("\\t") ? "\t" : raw;
        if (text.length() != 1) {
            throw at.fail(Excerpt.quoted(raw) + " is not a delimiter: give one character, e.g. \",\", \"|\" or \"\\t\" (tab)");
        }
        char c = text.charAt(0);
        if (c == '"' || c == '\r' || c == '\n' || Character.isLetterOrDigit(c)) {
            throw at.fail(Excerpt.quoted(raw) + " cannot be a delimiter (not a letter, digit, quote or line break)");
        }
        return c;
    }

    private static DateTimeFormatter dateFormat(Yml at, String pattern) throws ColumnMappingException {
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
            throw at.fail(Excerpt.quoted(pattern) + " is not a date pattern (" + e.getMessage()
                    + "); use java DateTimeFormatter letters, e.g. yyyyMMdd or dd-MMM-yyyy");
        }
        try {
            if (LocalDate.parse(format.format(SAMPLE_DATE), format).equals(SAMPLE_DATE)) {
                return format;
            }
        } catch (DateTimeException e) {
            // said below
        }
        throw at.fail(Excerpt.quoted(pattern) + " does not name a whole date: it needs the year, month and day, e.g. yyyyMMdd");
    }

    /** One node of the mapping file with its key path and line, so every refusal can say where. */
    private static final class Yml {

        private final String file;
        private final String path;
        private final Node node;
        private final Node keyNode;

        private Yml(String file, String path, Node node, Node keyNode) {
            this.file = file;
            this.path = path;
            this.node = node;
            this.keyNode = keyNode;
        }

        static Yml parse(String file, Reader reader) throws ColumnMappingException {
            Node root;
            try (reader) {
                root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
            } catch (MarkedYAMLException e) {
                int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
                String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
                throw new ColumnMappingException(file, line, "", "not valid YAML: " + oneLine(problem), e);
            } catch (YAMLException e) {
                throw new ColumnMappingException(file, 0, "", "not valid YAML: " + oneLine(e.getMessage()), e);
            } catch (IOException e) {
                throw new ColumnMappingException(file, 0, "", "cannot read: " + e.getMessage(), e);
            }
            if (root == null) {
                throw new ColumnMappingException(file, 0, "", "the file is empty");
            }
            return new Yml(file, "", root, null);
        }

        int line() {
            return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
        }

        ColumnMappingException fail(String reason) {
            return new ColumnMappingException(file, line(), path, reason);
        }

        /** A refusal of the key itself, at the key's line. */
        ColumnMappingException failKey(String reason) {
            Node at = keyNode == null ? node : keyNode;
            return new ColumnMappingException(file, at.getStartMark() == null ? 0 : at.getStartMark().getLine() + 1,
                    path, reason);
        }

        boolean isNull() {
            return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
        }

        boolean isMapping() {
            return node instanceof MappingNode;
        }

        /** Entries in file order, refusing keys not in {@code allowed} (null: any), repeated keys and non-text keys. */
        Map<String, Yml> mapping(List<String> allowed, String what) throws ColumnMappingException {
            if (!(node instanceof MappingNode mapping)) {
                throw fail("must be a mapping of " + what);
            }
            Map<String, Yml> entries = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key) || key.getValue().isBlank()) {
                    throw new Yml(file, path, tuple.getKeyNode(), null).fail("a key must be plain text");
                }
                String name = key.getValue().strip();
                Yml value = new Yml(file, path.isEmpty() ? name : path + "." + name, tuple.getValueNode(), key);
                if (allowed != null && !allowed.contains(name)) {
                    List<String> near = NearNames.of(name, allowed);
                    throw value.failKey("unknown key" + (near.isEmpty() ? "" : " (did you mean " + near.get(0) + "?)")
                            + "; known: " + String.join(", ", allowed));
                }
                if (entries.containsKey(name)) {
                    throw value.failKey("given twice");
                }
                entries.put(name, value);
            }
            return entries;
        }

        /** The scalar's text as written, unstripped (a tab delimiter is white space). */
        String raw() throws ColumnMappingException {
            if (!(node instanceof ScalarNode scalar)) {
                throw fail("must be a single value, not a " + (node instanceof MappingNode ? "mapping" : "list"));
            }
            if (isNull() || scalar.getValue().isEmpty()) {
                throw fail("has no value");
            }
            return scalar.getValue();
        }

        /** The scalar's text, stripped; refuses a missing or blank value, a mapping or a list. */
        String text() throws ColumnMappingException {
            String raw = raw();
            if (raw.isBlank()) {
                throw fail("has no value");
            }
            return raw.strip();
        }

        /** Free text that may be left empty. */
        void optionalText() throws ColumnMappingException {
            if (!isNull()) {
                raw();
            }
        }

        /** One value, or a non-empty list of values (no repeats). */
        List<String> texts(String what) throws ColumnMappingException {
            if (!(node instanceof SequenceNode sequence)) {
                return List.of(text());
            }
            if (sequence.getValue().isEmpty()) {
                throw fail("the list of " + what + " is empty");
            }
            Set<String> values = new LinkedHashSet<>();
            int index = 0;
            for (Node element : sequence.getValue()) {
                Yml item = new Yml(file, path + "[" + index++ + "]", element, null);
                String text = item.text();
                if (!values.add(text)) {
                    throw item.fail(Excerpt.quoted(text) + " is listed twice");
                }
            }
            return List.copyOf(values);
        }

        private static String oneLine(String text) {
            return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
        }
    }
}
