package org.claimscreen.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.claimscreen.intake.AtomicFile;
import tools.jackson.core.JsonGenerator;

/**
 * Writes findings.json (outputs.md) for other programs:
 * {@code {"summary": {...as summary.json...}, "findings": [{...}, ...]}}. Each finding has the
 * findings.csv columns as keys, numbers as JSON numbers (amounts with two decimals) and
 * {@code null} for what is missing. Findings are streamed, never collected. No formula
 * neutralisation here: that is a spreadsheet concern, and JSON consumers get the text as read.
 */
public final class FindingsJsonWriter {

    /** Writes {@code target} atomically; returns the number of findings written. */
    public long write(Path target, RunSummary summary, Iterable<FindingRow> findings) throws IOException {
        long[] count = new long[1];
        AtomicFile.write(target, out -> count[0] = write(out, summary, findings));
        return count[0];
    }

    /** Writes the document to {@code out} (not closed); returns the number of findings. */
    public long write(Writer out, RunSummary summary, Iterable<FindingRow> findings) {
        Document document = open(out, summary);
        for (FindingRow finding : findings) {
            document.accept(finding);
        }
        return document.finish();
    }

    /**
     * Starts findings.json on {@code out} (not closed): the summary now, then a finding per
     * {@link Document#accept}, so one pass over the findings can feed several reports.
     */
    public Document open(Writer out, RunSummary summary) {
        JsonGenerator json = ReportJson.prettyGenerator(out);
        try {
            json.writeStartObject();
            json.writeName("summary");
            SummaryJsonWriter.writeSummary(json, summary);
            json.writeName("findings");
            json.writeStartArray();
        } catch (RuntimeException e) {
            json.close();
            throw e;
        }
        return new Document(json);
    }

    /** findings.json being written, one finding at a time. */
    public static final class Document implements FindingSink {

        private final JsonGenerator json;
        private long count;

        private Document(JsonGenerator json) {
            this.json = json;
        }

        @Override
        public void accept(FindingRow finding) {
            writeFinding(json, finding);
            count++;
        }

        /** Closes the array and the document and flushes; returns the number of findings written. */
        @Override
        public long finish() {
            try (json) {
                json.writeEndArray();
                json.writeEndObject();
            }
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
