package org.claimscreen.intake.csv;

import static org.claimscreen.intake.csv.ClaimCsvColumns.ABN_ON_FILE;
import static org.claimscreen.intake.csv.ClaimCsvColumns.BILLING_NPI;
import static org.claimscreen.intake.csv.ClaimCsvColumns.CHARGE_AMOUNT;
import static org.claimscreen.intake.csv.ClaimCsvColumns.CLAIM_ID;
import static org.claimscreen.intake.csv.ClaimCsvColumns.DIAGNOSIS_CODES;
import static org.claimscreen.intake.csv.ClaimCsvColumns.DIAGNOSIS_POINTERS;
import static org.claimscreen.intake.csv.ClaimCsvColumns.LINE_NUMBER;
import static org.claimscreen.intake.csv.ClaimCsvColumns.LMN_ON_FILE;
import static org.claimscreen.intake.csv.ClaimCsvColumns.MEMBER_ID;
import static org.claimscreen.intake.csv.ClaimCsvColumns.MINUTES;
import static org.claimscreen.intake.csv.ClaimCsvColumns.MODIFIERS;
import static org.claimscreen.intake.csv.ClaimCsvColumns.PATIENT_BIRTH_DATE;
import static org.claimscreen.intake.csv.ClaimCsvColumns.PAYER_ID;
import static org.claimscreen.intake.csv.ClaimCsvColumns.PAYER_TYPE;
import static org.claimscreen.intake.csv.ClaimCsvColumns.PLACE_OF_SERVICE;
import static org.claimscreen.intake.csv.ClaimCsvColumns.INITIAL_TREATMENT_DATE;
import static org.claimscreen.intake.csv.ClaimCsvColumns.PLAN_ID;
import static org.claimscreen.intake.csv.ClaimCsvColumns.PLAN_OF_CARE;
import static org.claimscreen.intake.csv.ClaimCsvColumns.PROCEDURE_CODE;
import static org.claimscreen.intake.csv.ClaimCsvColumns.REFERRING_NPI;
import static org.claimscreen.intake.csv.ClaimCsvColumns.RENDERING_NPI;
import static org.claimscreen.intake.csv.ClaimCsvColumns.RENDERING_TAXONOMY;
import static org.claimscreen.intake.csv.ClaimCsvColumns.SERVICE_DATE;
import static org.claimscreen.intake.csv.ClaimCsvColumns.SUPERVISING_NPI;
import static org.claimscreen.intake.csv.ClaimCsvColumns.UNITS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.claimscreen.domain.claim.ClaimIds;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.ClaimRow;
import org.claimscreen.domain.claim.DiagnosisCode;
import org.claimscreen.domain.claim.Excerpt;
import org.claimscreen.domain.claim.Indicator;
import org.claimscreen.domain.claim.InvalidValueException;
import org.claimscreen.domain.claim.MemberId;
import org.claimscreen.domain.claim.Modifier;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.Npi;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.claim.ProcedureCode;
import org.claimscreen.domain.claim.ReferenceData;
import org.claimscreen.domain.claim.ReportedDate;
import org.claimscreen.domain.claim.RosterProvider;
import org.claimscreen.domain.claim.Taxonomy;
import org.claimscreen.intake.Reject;

/**
 * Reads a claim CSV in the canonical layout (docs/claim-csv.md), or in another export's layout
 * through a {@link ColumnMapping}, one {@link Result} per data record: a {@link ClaimRow}, a
 * {@link Reject} naming the line, column and a reason a biller can act on, or a row the mapping
 * puts out of scope. A bad row never stops the file; a bad file (empty, a header without the
 * required columns, a quote never closed) fails with a {@link CsvFileException}.
 *
 * <p>Columns are found by header name once, in {@link #open}: rows are then read by position, so the
 * per-cell cost is a bounds-checked array access, not a name lookup. A mapping is resolved against
 * the header then too ({@link FileColumns}); without one, reading costs what it always did.
 *
 * <p>A row is refused at its first bad cell, checked in contract column order; the reject's column
 * is null when the whole row is meant (a wrong number of cells). Its claim id is filled whenever the
 * claim_id cell can be read, even from a row with a wrong number of cells, because a claim with any
 * rejected line is rejected as a whole and the caller needs the id to do that.
 *
 * <p>Restart: {@link #recordsRead()} counts the data records handed out (blank lines are not
 * records); after a failure, open the file again and {@link #skipRecords(long) skip} that many to
 * continue where the last committed chunk ended.
 *
 * <p>Not thread-safe; one reader per file.
 */
public final class ClaimCsvReader implements Iterator<ClaimCsvReader.Result>, AutoCloseable {

    private static final int MAX_DIAGNOSES = 12;
    private static final int MAX_MODIFIERS = 4;

    /** What one data record of the file became. */
    public sealed interface Result {

        /** The physical line of the file where the record starts (the header is line 1). */
        long sourceLine();

        /** The record's claim id, or null when a rejected record has none that could be read. */
        String claimId();

        /** A record that was read into a claim row. */
        record Row(ClaimRow row) implements Result {

            @Override
            public long sourceLine() {
                return row.line().sourceLine();
            }

            @Override
            public String claimId() {
                return row.claimId();
            }
        }

        /** A record that could not be read; its claim cannot be screened. */
        record Rejected(Reject reject) implements Result {

            @Override
            public long sourceLine() {
                return reject.line();
            }

            @Override
            public String claimId() {
                return reject.claimId();
            }
        }

        /**
         * A record the mapping's screen-only conditions put out of scope (an institutional claim in
         * a table of all claims): counted as not screened, never as clean.
         *
         * @param firstOfClaim false for the claim's later records, which add nothing to count
         */
        record NotScreened(String file, long sourceLine, String claimId, String reason, boolean firstOfClaim)
                implements Result {
        }
    }

    private final String fileName;
    private final CsvRecords records;
    private final int headerCells;
    private final FileColumns columns;
    private final ColumnMapping mapping;
    private final ReferenceData reference;
    private final String dateFormats;

    private final int claimId;
    private final int lineNumber;
    private final int memberId;
    private final int birthDate;
    private final int payerType;
    private final int payerId;
    private final int planId;
    private final int initialTreatmentDate;
    private final int serviceDate;
    private final int placeOfService;
    private final int procedureCode;
    private final int modifiers;
    private final int units;
    private final int minutes;
    private final int charge;
    private final int diagnosisCodes;
    private final int diagnosisPointers;
    private final int renderingNpi;
    private final int renderingTaxonomy;
    private final int supervisingNpi;
    private final int referringNpi;
    private final int billingNpi;
    private final int planOfCare;
    private final int abnOnFile;
    private final int lmnOnFile;

    /** Payer type cells take a handful of values; PayerType.parse compiles a regex for X12 codes. */
    private final Map<String, PayerType> payerTypes = new HashMap<>();
    /** Lines of a claim repeat its diagnosis list, and usually follow each other. */
    private String lastDiagnosisText;
    private List<DiagnosisCode> lastDiagnoses;
    /** Likewise its service date, worth keeping when a mapping's pattern parses it. */
    private String lastDateText;
    private LocalDate lastDate;
    /** Claims already reported out of scope, so a claim counts once however many rows it has. */
    private final Set<String> outOfScopeClaims = new HashSet<>();

    private CSVRecord pending;
    private long pendingLine;
    private CsvFileException failure;
    private long recordsRead;
    private long currentLine;

    private ClaimCsvReader(String fileName, CsvRecords records, CsvHeader header, long headerLine,
            FileColumns columns, ColumnMapping mapping, ReferenceData reference) {
        this.fileName = fileName;
        this.records = records;
        this.headerCells = header.size();
        this.columns = columns;
        this.mapping = mapping;
        this.reference = reference;
        this.dateFormats = mapping.dateFormat() == null ? " (YYYY-MM-DD or MM/DD/YYYY)"
                : " (YYYY-MM-DD or " + mapping.datePattern() + ")";
        this.currentLine = headerLine;
        claimId = columns.code(CLAIM_ID);
        lineNumber = columns.code(LINE_NUMBER);
        memberId = columns.code(MEMBER_ID);
        birthDate = columns.code(PATIENT_BIRTH_DATE);
        payerType = columns.code(PAYER_TYPE);
        payerId = columns.code(PAYER_ID);
        planId = columns.code(PLAN_ID);
        serviceDate = columns.code(SERVICE_DATE);
        placeOfService = columns.code(PLACE_OF_SERVICE);
        procedureCode = columns.code(PROCEDURE_CODE);
        modifiers = columns.code(MODIFIERS);
        units = columns.code(UNITS);
        minutes = columns.code(MINUTES);
        charge = columns.code(CHARGE_AMOUNT);
        diagnosisCodes = columns.code(DIAGNOSIS_CODES);
        diagnosisPointers = columns.code(DIAGNOSIS_POINTERS);
        renderingNpi = columns.code(RENDERING_NPI);
        renderingTaxonomy = columns.code(RENDERING_TAXONOMY);
        supervisingNpi = columns.code(SUPERVISING_NPI);
        referringNpi = columns.code(REFERRING_NPI);
        billingNpi = columns.code(BILLING_NPI);
        planOfCare = columns.code(PLAN_OF_CARE);
        abnOnFile = columns.code(ABN_ON_FILE);
        lmnOnFile = columns.code(LMN_ON_FILE);
        initialTreatmentDate = columns.code(INITIAL_TREATMENT_DATE);
    }

    /**
     * Opens a claim CSV in the canonical layout and checks its header before any row is read.
     *
     * @throws IOException               when the file cannot be opened
     * @throws MissingColumnsException   when the header lacks required columns (all are named)
     * @throws CsvFileException          when the file is empty or a column name appears twice
     */
    public static ClaimCsvReader open(Path file) throws IOException {
        return open(file, ColumnMapping.NONE, null);
    }

    /**
     * Opens a claim file in the layout {@code mapping} describes and checks its header against it
     * before any row is read.
     *
     * @param reference the run's reference data, whose provider roster serves a mapping that takes
     *                  the rendering taxonomy from it; null when the run has none
     * @throws IOException               when the file cannot be opened
     * @throws MissingColumnsException   when a required column is neither mapped nor in the header
     * @throws CsvFileException          when the file is empty, a column name appears twice, the
     *                                   header lacks a column the mapping names, or the mapping
     *                                   needs a roster the run does not have
     */
    public static ClaimCsvReader open(Path file, ColumnMapping mapping, ReferenceData reference) throws IOException {
        String label = file.toString();
        CsvRecords records = CsvRecords.open(file, label, mapping.delimiter());
        try {
            CSVRecord headerRecord = records.next();
            if (headerRecord == null) {
                throw new CsvFileException(label, 0,
                        "the file is empty; the first line must be a header naming the columns");
            }
            CsvHeader header = CsvHeader.of(headerRecord);
            if (header.duplicate() != null) {
                throw new CsvFileException(label, records.recordLine(), header.duplicate());
            }
            FileColumns columns = FileColumns.resolve(mapping, header, label, reference != null);
            return new ClaimCsvReader(file.getFileName().toString(), records, header, records.recordLine(), columns,
                    mapping, reference);
        } catch (RuntimeException e) {
            records.close();
            throw e;
        }
    }

    /** The file name (without directories), as rows and rejects carry it. */
    public String fileName() {
        return fileName;
    }

    /** Header names that no column is read from, as written, in header order: log them once. */
    public List<String> unknownColumns() {
        return columns.unknown();
    }

    /** What to log once about the columns the file has and claimscreen does not read, if any. */
    public Optional<String> ignoredColumnsNote() {
        List<String> unknown = columns.unknown();
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        if (!columns.unknownAreUnmapped()) {
            return Optional.of("ignoring column(s) claimscreen does not use: " + String.join(", ", unknown));
        }
        // another export's table has many columns a claim line does not need: name a few
        int shown = Math.min(unknown.size(), 10);
        return Optional.of("ignoring " + unknown.size() + " column(s) " + mapping.shortName() + " does not use: "
                + String.join(", ", unknown.subList(0, shown))
                + (unknown.size() > shown ? " and " + (unknown.size() - shown) + " more" : ""));
    }

    /** Data records handed out by {@link #next()} or passed over by {@link #skipRecords(long)}. */
    public long recordsRead() {
        return recordsRead;
    }

    /** Bytes of the file read so far (for progress: a little ahead of the records read). */
    public long bytesRead() {
        return records.bytesRead();
    }

    /** The physical line where the last record read starts; the header's line before the first. */
    public long currentLine() {
        return currentLine;
    }

    /**
     * @throws CsvFileException when the CSV is malformed at the next record; the rest of the file
     *                          cannot be read, and every later call throws the same exception
     */
    @Override
    public boolean hasNext() {
        if (failure != null) {
            throw failure;
        }
        if (pending == null) {
            try {
                pending = records.next();
            } catch (CsvFileException e) {
                failure = e;
                throw e;
            }
            if (pending != null) {
                pendingLine = records.recordLine();
            }
        }
        return pending != null;
    }

    @Override
    public Result next() {
        if (!hasNext()) {
            throw new NoSuchElementException(fileName + " has no more records");
        }
        CSVRecord record = take();
        return map(record, currentLine);
    }

    /**
     * Reads and discards up to {@code n} data records without mapping them, to resume after a
     * restart. Stops early at the end of the file; {@link #recordsRead()} says how far it got.
     */
    public void skipRecords(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("cannot skip " + n + " records");
        }
        for (long i = 0; i < n && hasNext(); i++) {
            CSVRecord record = take();
            if (columns.hasFilters() && record.size() == headerCells && columns.outOfScope(record) != null) {
                // so that a claim reported out of scope before the restart is not reported again
                outOfScopeClaims.add(cell(record, claimId));
            }
        }
    }

    private CSVRecord take() {
        CSVRecord record = pending;
        pending = null;
        recordsRead++;
        currentLine = pendingLine;
        return record;
    }

    @Override
    public void close() {
        try {
            records.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Result map(CSVRecord record, long line) {
        if (record.size() != headerCells) {
            String id = claimId >= 0 && claimId < record.size() ? Cells.text(record.get(claimId))
                    : claimId < FileColumns.ABSENT ? columns.derived(record, claimId) : null;
            return new Result.Rejected(new Reject(fileName, line, id, null,
                    "row has " + record.size() + " cells, the header has " + headerCells));
        }
        String id = cell(record, claimId);
        String idProblem = ClaimIds.problem(id);
        if (idProblem != null) {
            return new Result.Rejected(new Reject(fileName, line, null, columns.label(CLAIM_ID), idProblem));
        }
        if (columns.hasFilters()) {
            String outOfScope = columns.outOfScope(record);
            if (outOfScope != null) {
                return new Result.NotScreened(fileName, line, id, outOfScope, id == null || outOfScopeClaims.add(id));
            }
        }
        try {
            return new Result.Row(row(record, line, id));
        } catch (BadCell bad) {
            return new Result.Rejected(new Reject(fileName, line, id, columns.label(bad.column), bad.reason));
        }
    }

    private ClaimRow row(CSVRecord record, long line, String id) {
        if (id == null) {
            throw BadCell.empty(CLAIM_ID);
        }
        int number = (int) wholeNumber(record, lineNumber, LINE_NUMBER, 1, 50);
        MemberId member = memberId(required(record, memberId, MEMBER_ID));
        LocalDate birth = birthDate(cell(record, birthDate));
        PayerType payer = payerType(required(record, payerType, PAYER_TYPE));
        String payerIdText = id(cell(record, payerId), PAYER_ID);
        String plan = id(cell(record, planId), PLAN_ID);
        if (plan == null && payer == PayerType.MEDICARE_ADVANTAGE) {
            throw new BadCell(PLAN_ID, "plan_id is empty; Medicare Advantage lines need the contract-plan id"
                    + " (e.g. H1234-001)");
        }
        LocalDate service = serviceDate(required(record, serviceDate, SERVICE_DATE));
        String pos = placeOfService(cell(record, placeOfService));
        ProcedureCode procedure = procedureCode(required(record, procedureCode, PROCEDURE_CODE));
        List<Modifier> modifierList = modifiers(cell(record, modifiers));
        int unitCount = (int) wholeNumber(record, units, UNITS, 1, 999);
        Integer minuteCount = minutes(cell(record, minutes));
        Money amount = money(required(record, charge, CHARGE_AMOUNT));
        List<DiagnosisCode> diagnoses = diagnoses(required(record, diagnosisCodes, DIAGNOSIS_CODES));
        List<Integer> pointers = pointers(cell(record, diagnosisPointers), diagnoses.size());
        Npi rendering = npi(required(record, renderingNpi, RENDERING_NPI), RENDERING_NPI);
        String rosterNpi = columns.rosterNpiColumn();
        Taxonomy taxonomy = rosterNpi == null ? taxonomy(required(record, renderingTaxonomy, RENDERING_TAXONOMY)) : null;
        Npi supervising = npi(cell(record, supervisingNpi), SUPERVISING_NPI);
        Npi referring = npi(cell(record, referringNpi), REFERRING_NPI);
        Npi billing = npi(cell(record, billingNpi), BILLING_NPI);
        if (rosterNpi != null) {
            taxonomy = rosterTaxonomy(rosterNpi, switch (rosterNpi) {
                case SUPERVISING_NPI -> supervising;
                case REFERRING_NPI -> referring;
                case BILLING_NPI -> billing;
                default -> rendering;
            });
        }
        Indicator underPlanOfCare = indicator(cell(record, planOfCare), PLAN_OF_CARE);
        Indicator abn = indicator(cell(record, abnOnFile), ABN_ON_FILE);
        Indicator lmn = indicator(cell(record, lmnOnFile), LMN_ON_FILE);
        ReportedDate initialTreatment = initialTreatmentDate == FileColumns.ABSENT ? ReportedDate.NOT_CARRIED
                : ReportedDate.of(initialTreatmentDate(cell(record, initialTreatmentDate)));
        try {
            ClaimLine claimLine = new ClaimLine(number, line, service, pos, procedure, modifierList, unitCount,
                    minuteCount, amount, pointers, rendering, taxonomy, supervising, referring, billing,
                    underPlanOfCare, abn, lmn);
            return new ClaimRow(fileName, id, member, birth, payer, payerIdText, plan, diagnoses, claimLine,
                    initialTreatment);
        } catch (InvalidValueException e) {
            // Every cell was checked above; this is the model refusing a combination.
            throw new BadCell(null, e.getMessage());
        }
    }

    private static String id(String text, String column) {
        String problem = ClaimRow.idProblem(column, text, ClaimRow.ID_LENGTH);
        if (problem != null) {
            throw new BadCell(column, problem);
        }
        return text;
    }

    /** The stripped cell (or mapped value) of a column, null when empty or absent. */
    private String cell(CSVRecord record, int position) {
        if (position >= 0) {
            return Cells.text(record.get(position));
        }
        return position == FileColumns.ABSENT ? null : columns.derived(record, position);
    }

    private String required(CSVRecord record, int position, String column) {
        String text = cell(record, position);
        if (text == null) {
            throw BadCell.empty(column);
        }
        return text;
    }

    private long wholeNumber(CSVRecord record, int position, String column, int min, int max) {
        String text = required(record, position, column);
        long value = Cells.wholeNumber(text);
        if (value == Cells.NOT_A_NUMBER) {
            value = Cells.wholeNumberWithZeroFraction(text);
        }
        if (value == Cells.NOT_A_NUMBER) {
            throw new BadCell(column, column + " " + Excerpt.quoted(text) + " is not a whole number");
        }
        if (value < min || value > max) {
            throw new BadCell(column, column + " " + Excerpt.quoted(text) + " is outside " + min + ".." + max);
        }
        return value;
    }

    private static MemberId memberId(String text) {
        try {
            return MemberId.of(text);
        } catch (InvalidValueException e) {
            throw BadCell.of(MEMBER_ID, e);
        }
    }

    /** The value is left out of the reason: a birth date identifies the patient. */
    private LocalDate birthDate(String text) {
        if (text == null) {
            return null;
        }
        LocalDate date = date(text);
        if (date == null) {
            throw new BadCell(PATIENT_BIRTH_DATE, PATIENT_BIRTH_DATE + " is not a date" + dateFormats);
        }
        return date;
    }

    private LocalDate initialTreatmentDate(String text) {
        if (text == null) {
            return null;
        }
        LocalDate date = date(text);
        if (date == null) {
            throw new BadCell(INITIAL_TREATMENT_DATE, INITIAL_TREATMENT_DATE + " " + Excerpt.quoted(text)
                    + " is not a date" + dateFormats);
        }
        return date;
    }

    private LocalDate serviceDate(String text) {
        if (text.equals(lastDateText)) {
            return lastDate;
        }
        LocalDate date = date(text);
        if (date == null) {
            throw new BadCell(SERVICE_DATE, SERVICE_DATE + " " + Excerpt.quoted(text) + " is not a date" + dateFormats);
        }
        lastDateText = text;
        lastDate = date;
        return date;
    }

    /**
     * ISO dates always; then MM/DD/YYYY, or instead the mapping's pattern, which may read 03/04 the
     * other way round and so must not compete with MM/DD/YYYY.
     */
    private LocalDate date(String text) {
        DateTimeFormatter format = mapping.dateFormat();
        if (format == null || Cells.isIsoDateShape(text)) {
            return Cells.date(text);
        }
        try {
            return LocalDate.parse(text, format);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private PayerType payerType(String text) {
        PayerType type = payerTypes.get(text);
        if (type == null) {
            try {
                type = PayerType.parse(text);
            } catch (InvalidValueException e) {
                throw BadCell.of(PAYER_TYPE, e);
            }
            payerTypes.put(text, type);
        }
        return type;
    }

    private static String placeOfService(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() != 2 || Cells.wholeNumber(text) == Cells.NOT_A_NUMBER) {
            throw new BadCell(PLACE_OF_SERVICE, PLACE_OF_SERVICE + " " + Excerpt.quoted(text)
                    + " is not a two-digit place-of-service code (e.g. 11 for office)");
        }
        return text;
    }

    private static ProcedureCode procedureCode(String text) {
        try {
            return ProcedureCode.of(text);
        } catch (InvalidValueException e) {
            throw BadCell.of(PROCEDURE_CODE, e);
        }
    }

    private static List<Modifier> modifiers(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> items = Cells.items(text);
        if (items.size() > MAX_MODIFIERS) {
            throw new BadCell(MODIFIERS, MODIFIERS + " " + Excerpt.quoted(text) + " has " + items.size()
                    + " modifiers; a line carries at most " + MAX_MODIFIERS);
        }
        List<Modifier> list = new ArrayList<>(items.size());
        for (String item : items) {
            try {
                list.add(Modifier.of(item));
            } catch (InvalidValueException e) {
                throw BadCell.of(MODIFIERS, e);
            }
        }
        return list;
    }

    private static Integer minutes(String text) {
        if (text == null) {
            return null;
        }
        long value = Cells.wholeNumber(text);
        if (value == Cells.NOT_A_NUMBER) {
            throw new BadCell(MINUTES, MINUTES + " " + Excerpt.quoted(text) + " is not a whole number");
        }
        if (value > Integer.MAX_VALUE) {
            throw new BadCell(MINUTES, MINUTES + " " + Excerpt.quoted(text) + " is too large");
        }
        return (int) value;
    }

    private static Money money(String text) {
        try {
            return Cells.money(text);
        } catch (InvalidValueException e) {
            throw BadCell.of(CHARGE_AMOUNT, e);
        }
    }

    private List<DiagnosisCode> diagnoses(String text) {
        if (text.equals(lastDiagnosisText)) {
            return lastDiagnoses;
        }
        List<String> items = Cells.items(text);
        if (items.isEmpty()) {
            throw BadCell.empty(DIAGNOSIS_CODES);
        }
        if (items.size() > MAX_DIAGNOSES) {
            throw new BadCell(DIAGNOSIS_CODES, DIAGNOSIS_CODES + " has " + items.size()
                    + " codes; a claim carries at most " + MAX_DIAGNOSES + " (A..L)");
        }
        List<DiagnosisCode> codes = new ArrayList<>(items.size());
        for (String item : items) {
            try {
                codes.add(DiagnosisCode.of(item));
            } catch (InvalidValueException e) {
                throw BadCell.of(DIAGNOSIS_CODES, e);
            }
        }
        lastDiagnoses = List.copyOf(codes);
        lastDiagnosisText = text;
        return lastDiagnoses;
    }

    private static List<Integer> pointers(String text, int diagnosisCount) {
        if (text == null) {
            return List.of();
        }
        List<String> items = Cells.items(text);
        List<Integer> pointers = new ArrayList<>(items.size());
        for (String item : items) {
            int pointer = pointer(item);
            if (pointer < 1) {
                throw new BadCell(DIAGNOSIS_POINTERS, DIAGNOSIS_POINTERS + " " + Excerpt.quoted(item)
                        + " is not a diagnosis pointer (A..L or 1..12)");
            }
            if (pointer > diagnosisCount) {
                throw new BadCell(DIAGNOSIS_POINTERS, DIAGNOSIS_POINTERS + " " + Excerpt.quoted(item) + " points to diagnosis "
                        + pointer + ", but diagnosis_codes lists " + diagnosisCount);
            }
            pointers.add(pointer);
        }
        return pointers;
    }

    /** A..L (either case) or 1..12 as 1..12, anything else as 0. */
    private static int pointer(String item) {
        if (item.length() == 1) {
            char c = Character.toUpperCase(item.charAt(0));
            if (c >= 'A' && c <= 'L') {
                return c - 'A' + 1;
            }
        }
        long number = Cells.wholeNumber(item);
        return number >= 1 && number <= MAX_DIAGNOSES ? (int) number : 0;
    }

    private static Npi npi(String text, String column) {
        if (text == null) {
            return null;
        }
        try {
            return Npi.of(text);
        } catch (InvalidValueException e) {
            throw BadCell.of(column, e);
        }
    }

    private static Taxonomy taxonomy(String text) {
        try {
            return Taxonomy.of(text);
        } catch (InvalidValueException e) {
            throw BadCell.of(RENDERING_TAXONOMY, e);
        }
    }

    private Taxonomy rosterTaxonomy(String npiColumn, Npi npi) {
        if (npi == null) {
            throw new BadCell(RENDERING_TAXONOMY, RENDERING_TAXONOMY + " comes from the provider roster by " + npiColumn
                    + ", which is empty");
        }
        Optional<RosterProvider> provider = reference.provider(npi);
        if (provider.isEmpty()) {
            throw new BadCell(RENDERING_TAXONOMY, RENDERING_TAXONOMY + ": NPI " + npi + " (" + npiColumn
                    + ") is not in the provider roster; add the provider to providers.csv");
        }
        return provider.get().taxonomy();
    }

    private static Indicator indicator(String text, String column) {
        try {
            return Indicator.parse(text);
        } catch (InvalidValueException e) {
            throw BadCell.of(column, e);
        }
    }

    /** A cell that stops its row; cheap (no stack trace) because a bad export has many. */
    private static final class BadCell extends RuntimeException {

        private final String column;
        private final String reason;

        BadCell(String column, String reason) {
            super(reason, null, false, false);
            this.column = column;
            this.reason = reason;
        }

        static BadCell empty(String column) {
            return new BadCell(column, column + " is empty");
        }

        /** The model's reason, prefixed with the column: "rendering_npi '123' is not an NPI (10 digits)". */
        static BadCell of(String column, InvalidValueException e) {
            String message = e.getMessage();
            return new BadCell(column, message.startsWith("'") ? column + " " + message : column + ": " + message);
        }
    }
}
