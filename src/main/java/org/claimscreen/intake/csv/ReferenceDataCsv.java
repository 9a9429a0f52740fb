package org.claimscreen.intake.csv;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.claimscreen.domain.claim.Documentation;
import org.claimscreen.domain.claim.DocumentedService;
import org.claimscreen.domain.claim.Indicator;
import org.claimscreen.domain.claim.InvalidValueException;
import org.claimscreen.domain.claim.MemberId;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.Npi;
import org.claimscreen.domain.claim.Plan;
import org.claimscreen.domain.claim.ProcedureCode;
import org.claimscreen.domain.claim.ReferenceData;
import org.claimscreen.domain.claim.RosterProvider;
import org.claimscreen.domain.claim.Taxonomy;

/**
 * Loads the plans file, the provider roster and the documentation on file (docs/reference-data.md). Both are spreadsheets kept
 * by billing staff, so headers are matched case-insensitively in any order and a leading
 * byte-order mark is ignored; but unlike claim rows, nothing bad is skipped: one wrong cell would
 * silently change the outcome of every claim for that plan or provider, so the first one stops the
 * load with a {@link ReferenceDataException} naming file, line and column.
 *
 * <p>Required columns are those a rule reads and that have no documented default, so that a
 * renamed column cannot quietly turn into "no limit" or "in no network". The names
 * ({@code plan_name}, {@code name}) are only for reports and {@code plan_year_start} defaults to
 * 01-01, so those may be left out. A Y/N cell left empty means N, as the "Y when ..." wording of the
 * layout says; in documentation.csv an empty cell means "not given" instead, since there it only
 * leaves the claim line's own value (or its absence) as it is.
 */
public final class ReferenceDataCsv {

    public static final String PLAN_ID = "plan_id";
    public static final String PLAN_NAME = "plan_name";
    public static final String MASSAGE_BENEFIT = "massage_benefit";
    public static final String MASSAGE_REQUIRES_ORDER = "massage_requires_order";
    public static final String MASSAGE_SESSIONS_PER_YEAR = "massage_sessions_per_year";
    public static final String MASSAGE_COPAY = "massage_copay";
    public static final String MASSAGE_COINSURANCE_PCT = "massage_coinsurance_pct";
    public static final String PLAN_YEAR_START = "plan_year_start";

    public static final String NPI = "npi";
    public static final String NAME = "name";
    public static final String TAXONOMY = "taxonomy";
    public static final String MEDICARE_ENROLLED = "medicare_enrolled";
    public static final String NETWORKS = "networks";

    public static final String MEMBER_ID = "member_id";
    public static final String SERVICE_DATE = "service_date";
    public static final String PROCEDURE_CODE = "procedure_code";
    public static final String PLAN_OF_CARE = "plan_of_care";
    public static final String ABN_ON_FILE = "abn_on_file";
    public static final String LMN_ON_FILE = "lmn_on_file";
    public static final String MINUTES = "minutes";

    /** Columns plans.csv must have; {@value #PLAN_NAME} and {@value #PLAN_YEAR_START} are optional. */
    public static final List<String> PLAN_COLUMNS = List.of(PLAN_ID, MASSAGE_BENEFIT, MASSAGE_REQUIRES_ORDER,
            MASSAGE_SESSIONS_PER_YEAR, MASSAGE_COPAY, MASSAGE_COINSURANCE_PCT);

    /** Columns providers.csv must have; {@value #NAME} is optional. */
    public static final List<String> PROVIDER_COLUMNS = List.of(NPI, TAXONOMY, MEDICARE_ENROLLED, NETWORKS);

    /**
     * Columns documentation.csv must have: all of them, since a renamed column would otherwise
     * silently leave every line's value not given (its cells may be empty).
     */
    public static final List<String> DOCUMENTATION_COLUMNS = List.of(MEMBER_ID, SERVICE_DATE, PROCEDURE_CODE,
            PLAN_OF_CARE, ABN_ON_FILE, LMN_ON_FILE, MINUTES);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ReferenceDataCsv() {
    }

    /**
     * @param plansCsv     the Medicare Advantage plans file, or null when the job has none
     * @param providersCsv the provider roster, or null when the job has none
     * @throws ReferenceDataException for a file that is missing or unreadable, a missing column or
     *                                any bad cell, with a one-line message naming where
     */
    public static ReferenceData load(Path plansCsv, Path providersCsv) {
        Map<String, Plan> plans = plansCsv == null ? Map.of() : plans(plansCsv);
        Map<Npi, RosterProvider> providers = providersCsv == null ? Map.of() : providers(providersCsv);
        return new ReferenceData(plans, providers);
    }

    /**
     * The documentation on file: one row per service, keyed by member, service date and procedure code.
     *
     * @param documentationCsv documentation.csv, or null when the run has none ({@link Documentation#NONE})
     * @throws ReferenceDataException for a file that is missing or unreadable, a missing column, a bad
     *                                cell or a service that appears twice, naming file, line and column
     */
    public static Documentation documentation(Path documentationCsv) {
        if (documentationCsv == null) {
            return Documentation.NONE;
        }
        List<DocumentedService> services = new ArrayList<>();
        Map<Documentation.Key, Long> firstLine = new HashMap<>();
        try (Sheet sheet = Sheet.open(documentationCsv, DOCUMENTATION_COLUMNS)) {
            while (sheet.next()) {
                MemberId member = sheet.memberId(MEMBER_ID);
                LocalDate date = sheet.date(SERVICE_DATE);
                ProcedureCode code = sheet.procedureCode(PROCEDURE_CODE);
                DocumentedService service = new DocumentedService(member, date, code, sheet.indicator(PLAN_OF_CARE),
                        sheet.indicator(ABN_ON_FILE), sheet.indicator(LMN_ON_FILE), sheet.count(MINUTES));
                Long earlier = firstLine.putIfAbsent(service.key(), sheet.line());
                if (earlier != null) {
                    // the member id is PHI: the line numbers say which rows, the id is masked
                    throw sheet.bad(PROCEDURE_CODE, "the service of member " + member.masked() + " on " + date + " ("
                            + code + ") appears twice (first on line " + earlier + ")");
                }
                services.add(service);
            }
        }
        return Documentation.of(services);
    }

    private static Map<String, Plan> plans(Path file) {
        Map<String, Plan> plans = new HashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        try (Sheet sheet = Sheet.open(file, PLAN_COLUMNS)) {
            while (sheet.next()) {
                String planId = sheet.required(PLAN_ID);
                Long earlier = firstLine.putIfAbsent(planId, sheet.line());
                if (earlier != null) {
                    throw sheet.bad(PLAN_ID, "plan '" + planId + "' appears twice (first on line " + earlier + ")");
                }
                plans.put(planId, new Plan(
                        planId,
                        sheet.text(PLAN_NAME),
                        sheet.yes(MASSAGE_BENEFIT),
                        sheet.yes(MASSAGE_REQUIRES_ORDER),
                        sheet.count(MASSAGE_SESSIONS_PER_YEAR),
                        sheet.money(MASSAGE_COPAY),
                        sheet.percent(MASSAGE_COINSURANCE_PCT),
                        sheet.monthDay(PLAN_YEAR_START)));
            }
        }
        return plans;
    }

    private static Map<Npi, RosterProvider> providers(Path file) {
        Map<Npi, RosterProvider> providers = new HashMap<>();
        Map<Npi, Long> firstLine = new HashMap<>();
        try (Sheet sheet = Sheet.open(file, PROVIDER_COLUMNS)) {
            while (sheet.next()) {
                Npi npi = sheet.npi(NPI);
                Long earlier = firstLine.putIfAbsent(npi, sheet.line());
                if (earlier != null) {
                    throw sheet.bad(NPI, "NPI " + npi + " appears twice (first on line " + earlier + ")");
                }
                providers.put(npi, new RosterProvider(
                        npi,
                        sheet.text(NAME),
                        sheet.taxonomy(TAXONOMY),
                        sheet.yes(MEDICARE_ENROLLED),
                        sheet.list(NETWORKS)));
            }
        }
        return providers;
    }

    /** One reference file, read row by row, every failure a {@link ReferenceDataException}. */
    private static final class Sheet implements AutoCloseable {

        private final String file;
        private final CsvRecords records;
        private final CsvHeader header;
        private CSVRecord record;

        private Sheet(String file, CsvRecords records, CsvHeader header) {
            this.file = file;
            this.records = records;
            this.header = header;
        }

        static Sheet open(Path path, List<String> required) {
            String file = path.toString();
            CsvRecords records;
            try {
                records = CsvRecords.open(path, file);
            } catch (NoSuchFileException e) {
                throw new ReferenceDataException(file, 0, null, "file not found", e);
            } catch (IOException e) {
                throw new ReferenceDataException(file, 0, null, "cannot be read (" + e + ")", e);
            }
            try {
                CSVRecord first = records.next();
                if (first == null) {
                    throw new ReferenceDataException(file, 0, null,
                            "the file is empty; the first line must be a header naming the columns");
                }
                CsvHeader header = CsvHeader.of(first);
                if (header.duplicate() != null) {
                    throw new ReferenceDataException(file, records.recordLine(), null, header.duplicate());
                }
                List<String> missing = header.missing(required);
                if (!missing.isEmpty()) {
                    throw new ReferenceDataException(file, records.recordLine(), String.join(", ", missing),
                            "required column" + (missing.size() > 1 ? "s" : "") + " missing from the header");
                }
                return new Sheet(file, records, header);
            } catch (CsvFileException e) {
                closeQuietly(records, e);
                throw new ReferenceDataException(file, e.line(), null, e.reason(), e);
            } catch (RuntimeException e) {
                closeQuietly(records, e);
                throw e;
            }
        }

        boolean next() {
            try {
                record = records.next();
            } catch (CsvFileException e) {
                throw new ReferenceDataException(file, e.line(), null, e.reason(), e);
            }
            if (record != null && record.size() != header.size()) {
                throw new ReferenceDataException(file, line(), null,
                        "row has " + record.size() + " cells, the header has " + header.size());
            }
            return record != null;
        }

        long line() {
            return records.recordLine();
        }

        ReferenceDataException bad(String column, String reason) {
            return new ReferenceDataException(file, line(), column, reason);
        }

        /** The stripped cell, null when empty or when the (optional) column is not in the header. */
        String text(String column) {
            int position = header.position(column);
            return position < 0 ? null : Cells.text(record.get(position));
        }

        String required(String column) {
            String text = text(column);
            if (text == null) {
                throw bad(column, "the cell is empty");
            }
            return text;
        }

        boolean yes(String column) {
            try {
                return Indicator.parse(text(column)).isYes();
            } catch (InvalidValueException e) {
                throw bad(column, e.getMessage());
            }
        }

        Indicator indicator(String column) {
            try {
                return Indicator.parse(text(column));
            } catch (InvalidValueException e) {
                throw bad(column, e.getMessage());
            }
        }

        MemberId memberId(String column) {
            try {
                return MemberId.of(required(column));
            } catch (InvalidValueException e) {
                throw bad(column, e.getMessage());
            }
        }

        /** {@code YYYY-MM-DD}, or {@code MM/DD/YYYY} as spreadsheets rewrite it (as the claim CSV accepts). */
        LocalDate date(String column) {
            String text = required(column);
            LocalDate date = Cells.date(text);
            if (date == null) {
                throw bad(column, "'" + text + "' is not a date (YYYY-MM-DD)");
            }
            return date;
        }

        ProcedureCode procedureCode(String column) {
            try {
                return ProcedureCode.of(required(column));
            } catch (InvalidValueException e) {
                throw bad(column, e.getMessage());
            }
        }

        Integer count(String column) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            long value = Cells.wholeNumber(text);
            if (value == Cells.NOT_A_NUMBER || value > Integer.MAX_VALUE) {
                throw bad(column, "'" + text + "' is not a whole number");
            }
            return (int) value;
        }

        Money money(String column) {
            String text = text(column);
            try {
                return text == null ? null : Cells.money(text);
            } catch (InvalidValueException e) {
                throw bad(column, e.getMessage());
            }
        }

        /** A percent such as {@code 20} or {@code 12.5}; a trailing {@code %} as spreadsheets add is allowed. */
        BigDecimal percent(String column) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            String number = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
            BigDecimal percent;
            try {
                percent = new BigDecimal(number);
            } catch (NumberFormatException e) {
                throw bad(column, "'" + text + "' is not a percent (e.g. 20)");
            }
            if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
                throw bad(column, "'" + text + "' is not between 0 and 100");
            }
            return percent;
        }

        /** {@code MM-DD}; null (the plan's default, 01-01) when empty. */
        MonthDay monthDay(String column) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            int dash = text.indexOf('-');
            if (dash >= 1 && dash <= 2 && text.length() - dash >= 2 && text.length() - dash <= 3) {
                long month = Cells.wholeNumber(text.substring(0, dash));
                long day = Cells.wholeNumber(text.substring(dash + 1));
                if (month != Cells.NOT_A_NUMBER && day != Cells.NOT_A_NUMBER) {
                    try {
                        return MonthDay.of((int) month, (int) day);
                    } catch (DateTimeException e) {
                        // falls through to the reason below
                    }
                }
            }
            throw bad(column, "'" + text + "' is not a month and day (MM-DD, e.g. 01-01)");
        }

        Npi npi(String column) {
            try {
                return Npi.of(required(column));
            } catch (InvalidValueException e) {
                throw bad(column, e.getMessage());
            }
        }

        Taxonomy taxonomy(String column) {
            try {
                return Taxonomy.of(required(column));
            } catch (InvalidValueException e) {
                throw bad(column, e.getMessage());
            }
        }

        /** Items separated by {@code ;} (also {@code ,}, {@code :} or spaces); empty when the cell is. */
        Set<String> list(String column) {
            String text = text(column);
            return text == null ? Set.of() : new LinkedHashSet<>(Cells.items(text));
        }

        @Override
        public void close() {
            try {
                records.close();
            } catch (IOException e) {
                throw new ReferenceDataException(file, 0, null, "cannot be closed (" + e + ")", e);
            }
        }

        private static void closeQuietly(CsvRecords records, RuntimeException failure) {
            try {
                records.close();
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
