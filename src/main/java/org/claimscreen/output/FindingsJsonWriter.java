package org.claimscreen.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.claimscreen.intake.AtomicFile;
import tools.jackson.core.JsonGenerator;

/**
 * Writes findings.json (outputs.md) for other programs as NDJSON: one JSON object a line, a
 * finding each, so a reader streams it whatever its size (the run's summary is summary.json).
 * Each finding has the findings.csv columns as keys, numbers as JSON numbers (amounts with two
 * decimals), {@code counts_toward_total} as a boolean and {@code null} for what is missing.
 * Findings are streamed, never collected. No formula neutralisation here: that is a spreadsheet
 * concern, and JSON consumers get the text as read.
 */
public final class FindingsJsonWriter {

    /** Writes {@code target} atomically; returns the number of findings written. */
    public long write(Path target, Iterable<FindingRow> findings) throws IOException {
        long[] count = new long[1];
        AtomicFile.write(target, out -> count[0] = write(out, findings));
        return count[0];
    }

    /** Writes the findings to {@code out} (not closed); returns the number written. */
    public long write(Writer out, Iterable<FindingRow> findings) throws IOException {
        Lines lines = open(out);
        for (FindingRow finding : findings) {
            lines.accept(finding);
        }
        return lines.finish();
    }

    /** Starts findings.json on {@code out} (not closed): a line per {@link Lines#accept}. */
    public Lines open(Writer out) {
        return new Lines(ReportJson.lineGenerator(out), out);
    }

    /** findings.json being written, one finding a line. */
    public static final class Lines implements FindingSink {

        private final JsonGenerator json;
        private final Writer out;
        private long count;

        private Lines(JsonGenerator json, Writer out) {
            this.json = json;
            this.out = out;
        }

        @Override
        public void accept(FindingRow finding) {
            writeFinding(json, finding);
            count++;
        }

        /** Ends the last line and flushes; returns the number of findings written. */
        @Override
        public long finish() throws IOException {
            json.close();
            if (count > 0) {
                out.write('\n');
            }
            out.flush();
            return count;
        }
    }

    private static void writeFinding(JsonGenerator json, FindingRow f) {
        json.writeStartObject();
        json.writeName("run_id");
        json.writeNumber(f.runId());
        ReportJson.writeString(json, "source_file", f.sourceFile());
        ReportJson.writeString(json, "claim_id", f.claimId());
        ReportJson.writeNumber(json, "line_number", f.lineNumber());
        ReportJson.writeString(json, "member", f.member());
        ReportJson.writeString(json, "service_date", f.serviceDate());
        ReportJson.writeString(json, "procedure_code", f.procedureCode());
        ReportJson.writeString(json, "modifiers", f.modifiers());
        ReportJson.writeNumber(json, "units", f.units());
        ReportJson.writeAmount(json, "charge_amount", f.chargeAmount());
        ReportJson.writeString(json, "rule_id", f.ruleId());
        ReportJson.writeString(json, "severity", f.severity());
        ReportJson.writeString(json, "message", f.message());
        ReportJson.writeString(json, "denial_code", f.denialCode());
        ReportJson.writeString(json, "liable", f.liable());
        ReportJson.writeAmount(json, "amount_at_risk", f.amountAtRisk());
        ReportJson.writeAmount(json, "patient_estimate", f.patientEstimate());
        ReportJson.writeString(json, "suggestion", f.suggestion());
        ReportJson.writeString(json, "policy", f.policy());
        ReportJson.writeString(json, "rule_title", f.ruleTitle());
        ReportJson.writeString(json, "payer_type", f.payerType());
        ReportJson.writeString(json, "payer_id", f.payerId());
        ReportJson.writeString(json, "plan_id", f.planId());
        ReportJson.writeString(json, "rendering_npi", f.renderingNpi());
        ReportJson.writeString(json, "rendering_name", f.renderingName());
        ReportJson.writeString(json, "claim_status", f.claimStatus());
        json.writeName("counts_toward_total");
        json.writeBoolean(f.countsTowardTotal());
        json.writeEndObject();
    }
}
