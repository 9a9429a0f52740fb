package org.claimscreen.output;

import org.claimscreen.intake.AtomicFile;
import org.claimscreen.intake.csv.CsvRecordWriter;
import org.claimscreen.intake.csv.SpreadsheetSafe;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.claimscreen.domain.claim.Money;

/**
 * Writes findings.csv (outputs.md): a byte order mark, then one row per finding, the columns in
 * {@link #HEADER} order.
 * Rows are streamed from the {@link Iterable}, so a run with hundreds of thousands of findings is
 * never held in memory; pass a database cursor or a lazy iterable, not a list, for big runs.
 *
 * <p>Text cells go through {@link SpreadsheetSafe#cell}; numbers, amounts ({@code 85.00}) and
 * dates ({@code 2026-03-14}) are formatted here and written as they are. {@code null} is an
 * empty cell.
 */
public final class FindingsCsvWriter {

    /** The contract's columns, in order. */
    public static final List<String> HEADER = List.of(
            "run_id", "source_file", "claim_id", "line_number", "member", "service_date",
            "procedure_code", "modifiers", "units", "charge_amount", "rule_id", "severity",
            "message", "denial_code", "liable", "amount_at_risk", "patient_estimate", "suggestion",
            "policy", "rule_title", "payer_type", "payer_id", "plan_id", "rendering_npi", "rendering_name",
            "claim_status", "counts_toward_total");

    /** Spreadsheet programs read a file without it as their local code page ("Â§" for "§"). */
    static final char BYTE_ORDER_MARK = '\uFEFF';

    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader(HEADER.toArray(String[]::new))
            .get();

    /** Writes {@code target} atomically; returns the number of findings written. */
    public long write(Path target, Iterable<FindingRow> findings) throws IOException {
        long[] count = new long[1];
        AtomicFile.write(target, out -> count[0] = write(out, findings));
        return count[0];
    }

    /** Writes header and rows to {@code out} (not closed); returns the number of findings. */
    public long write(Writer out, Iterable<FindingRow> findings) throws IOException {
        Rows rows = open(out);
        for (FindingRow f : findings) {
            rows.accept(f);
        }
        return rows.finish();
    }

    /**
     * Starts findings.csv on {@code out} (not closed): the header now, then a row per
     * {@link Rows#accept}, so one pass over the findings can feed several reports.
     */
    public Rows open(Writer out) throws IOException {
        CsvRecordWriter csv = new CsvRecordWriter(out, FORMAT.getDelimiterString().charAt(0),
                FORMAT.getRecordSeparator());
        out.write(BYTE_ORDER_MARK);
        for (String column : HEADER) {
            csv.print(column);
        }
        csv.println();
        return new Rows(csv, out);
    }

    /** findings.csv being written, one finding at a time. */
    public static final class Rows implements FindingSink {

        private final CsvRecordWriter csv;
        private final Writer out;
        private long count;

        private Rows(CsvRecordWriter csv, Writer out) {
            this.csv = csv;
            this.out = out;
        }

        @Override
        public void accept(FindingRow f) throws IOException {
            csv.print(f.runId());
            csv.print(text(f.sourceFile()));
            csv.print(text(f.claimId()));
            csv.print(f.lineNumber());
            csv.print(text(f.member()));
            csv.print(f.serviceDate() == null ? null : f.serviceDate().toString());
            csv.print(text(f.procedureCode()));
            csv.print(text(f.modifiers()));
            csv.print(f.units());
            csv.print(amount(f.chargeAmount()));
            csv.print(text(f.ruleId()));
            csv.print(text(f.severity()));
            csv.print(text(f.message()));
            csv.print(text(f.denialCode()));
            csv.print(text(f.liable()));
            csv.print(amount(f.amountAtRisk()));
            csv.print(amount(f.patientEstimate()));
            csv.print(text(f.suggestion()));
            csv.print(text(f.policy()));
            csv.print(text(f.ruleTitle()));
            csv.print(text(f.payerType()));
            csv.print(text(f.payerId()));
            csv.print(text(f.planId()));
            csv.print(text(f.renderingNpi()));
            csv.print(text(f.renderingName()));
            csv.print(text(f.claimStatus()));
            csv.print(f.countsTowardTotal() ? "Y" : "N");
            csv.println();
            count++;
        }

        /** Flushes what is buffered; returns the number of findings written. */
        @Override
        public long finish() throws IOException {
            out.flush();
            return count;
        }
    }

    static String text(String value) {
        return SpreadsheetSafe.cell(value);
    }

    static String amount(Money money) {
        return money == null ? null : money.toString();
    }
}
