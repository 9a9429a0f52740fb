package org.claimscreen.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.claimscreen.domain.claim.InvalidValueException;
import org.claimscreen.domain.claim.ProcedureCode;
import org.claimscreen.domain.rules.NcciEdit;

/**
 * Reads CMS's quarterly "Practitioner PTP Edits" in its tab-delimited text form: a few lines of
 * copyright and title text, a header row, then one edit per line with the columns Column 1,
 * Column 2, "* = In existence prior to 1996", Effective Date (YYYYMMDD), Deletion Date (YYYYMMDD,
 * or "*" = none), Modifier (0 not allowed, 1 allowed, 9 not applicable) and PTP Edit Rationale.
 *
 * <p>The national file has over a million edits; the reader streams it line by line and keeps only
 * those whose column 1 or column 2 code the caller cares about, so memory holds a few thousand edits,
 * not the file. Columns are found by their header names, so an added or moved column is read right
 * and a missing one is refused at the header. Only kept rows are checked in detail: a broken row
 * about codes this tool never screens does not stop a run. The Excel version is not read.
 */
public final class CmsPtpFile {

    /** CMS's files are plain ASCII; Latin-1 reads any stray byte in the rationale text without failing. */
    public static final Charset CHARSET = StandardCharsets.ISO_8859_1;

    /** How far into the file the header row may stand (after the copyright and title lines). */
    static final int HEADER_SEARCH_LINES = 50;

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private CmsPtpFile() {
    }

    /** Reads {@code file}, keeping the edits with a column 1 or column 2 code {@code careAbout} accepts. */
    public static List<NcciEdit> read(Path file, Predicate<String> careAbout) {
        try {
            return read(file.toString(), Files.newBufferedReader(file, CHARSET), careAbout);
        } catch (NoSuchFileException e) {
            throw new RulePackException(file.toString(), 0, "", "no such file");
        } catch (IOException e) {
            throw new RulePackException(file.toString(), 0, "", "cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads the file {@code name} from {@code reader} (closed when done). */
    public static List<NcciEdit> read(String name, Reader reader, Predicate<String> careAbout) {
        List<NcciEdit> edits = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            Columns columns = null;
            int lineNumber = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (columns == null) {
                    columns = Columns.ofHeader(cells, name, lineNumber);
                    if (columns == null && lineNumber >= HEADER_SEARCH_LINES) {
                        break;
                    }
                    continue;
                }
                String column1 = cell(cells, columns.column1);
                String column2 = cell(cells, columns.column2);
                if (!careAbout.test(column1) && !careAbout.test(column2)) {
                    continue;
                }
                edits.add(columns.edit(cells, name, lineNumber));
            }
            if (columns == null) {
                throw new RulePackException(name, 0, "", "no header row with 'Column 1' and 'Column 2' in its first "
                        + HEADER_SEARCH_LINES + " lines: is this CMS's tab-delimited Practitioner PTP file?");
            }
        } catch (IOException e) {
            throw new RulePackException(name, 0, "", "cannot read: " + e.getMessage(), e);
        }
        return edits;
    }

    private static String cell(String[] cells, int index) {
        return index < cells.length ? cells[index].strip() : "";
    }

    /** Where each column stands, from the header row. */
    private record Columns(int column1, int column2, int effective, int deletion, int modifier, int width) {

        /** The columns if {@code cells} is the header row, null if it is a title line. */
        static Columns ofHeader(String[] cells, String name, int line) {
            int column1 = -1;
            int column2 = -1;
            int effective = -1;
            int deletion = -1;
            int modifier = -1;
            for (int i = 0; i < cells.length; i++) {
                String cell = cells[i].strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                if (cell.startsWith("column 1") || cell.equals("column1")) {
                    column1 = i;
                } else if (cell.startsWith("column 2") || cell.equals("column2")) {
                    column2 = i;
                } else if (cell.startsWith("effective")) {
                    effective = i;
                } else if (cell.startsWith("deletion")) {
                    deletion = i;
                } else if (cell.startsWith("modifier")) {
                    modifier = i;
                }
            }
            if (column1 < 0 || column2 < 0) {
                return null;
            }
            List<String> missing = new ArrayList<>();
            if (effective < 0) {
                missing.add("Effective Date");
            }
            if (deletion < 0) {
                missing.add("Deletion Date");
            }
            if (modifier < 0) {
                missing.add("Modifier");
            }
            if (!missing.isEmpty()) {
                throw new RulePackException(name, line, "", "the header row has no " + String.join(", ", missing)
                        + " column");
            }
            int width = Math.max(Math.max(column1, column2), Math.max(effective, Math.max(deletion, modifier))) + 1;
            return new Columns(column1, column2, effective, deletion, modifier, width);
        }

        NcciEdit edit(String[] cells, String name, int line) {
            if (cells.length < width) {
                throw new RulePackException(name, line, "", "has " + cells.length + " tab-separated columns, the header "
                        + width + " or more");
            }
            ProcedureCode first = code(cells[column1].strip(), name, line, "Column 1");
            ProcedureCode second = code(cells[column2].strip(), name, line, "Column 2");
            LocalDate effectiveDate = date(cells[effective].strip(), name, line, "Effective Date");
            String deletionText = cells[deletion].strip();
            LocalDate deletionDate = deletionText.equals("*") || deletionText.isEmpty()
                    ? null
                    : date(deletionText, name, line, "Deletion Date");
            String indicator = cells[modifier].strip();
            if (!indicator.equals("0") && !indicator.equals("1") && !indicator.equals("9")) {
                throw new RulePackException(name, line, "Modifier", "'" + indicator
                        + "' is not a modifier indicator (0 not allowed, 1 allowed, 9 not applicable)");
            }
            return new NcciEdit(first, second, Integer.parseInt(indicator), effectiveDate, deletionDate);
        }

        private static ProcedureCode code(String text, String name, int line, String column) {
            try {
                return ProcedureCode.of(text);
            } catch (InvalidValueException e) {
                throw new RulePackException(name, line, column, e.getMessage());
            }
        }

        private static LocalDate date(String text, String name, int line, String column) {
            try {
                return LocalDate.parse(text, YYYYMMDD);
            } catch (DateTimeParseException e) {
                throw new RulePackException(name, line, column, "'" + text + "' is not a date (YYYYMMDD)");
            }
        }
    }
}
