package org.claimscreen.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.screening.RunChanges;
import org.claimscreen.intake.AtomicFile;
import org.claimscreen.intake.x12.X12Transaction;
import tools.jackson.core.JsonGenerator;

/**
 * Writes summary.json (outputs.md): the run's counts and dollars, snake_case keys, pretty-printed.
 * Keys are always present (a missing value is {@code null}), except {@code x12_transactions}, which
 * only a run that read an 837P input has (a run of CSV and FHIR inputs keeps the summary it always
 * had); {@code findings_by_severity} always has
 * DENY, REVIEW and INFO, zero when there were none, so dashboards need no special case.
 * Maps keyed by rule id are written in rule id order so two runs diff cleanly.
 */
public final class SummaryJsonWriter {

    /** The severities findings_by_severity always lists, in this order. */
    public static final List<String> SEVERITIES = List.of("DENY", "REVIEW", "INFO");

    /** Writes {@code target} atomically. */
    public void write(Path target, RunSummary summary) throws IOException {
        AtomicFile.write(target, out -> write(out, summary));
    }

    /** Writes the summary object to {@code out} (not closed). */
    public void write(Writer out, RunSummary summary) {
        try (JsonGenerator json = ReportJson.prettyGenerator(out)) {
            writeSummary(json, summary);
        }
    }

    /** The summary as one JSON object at the generator's current position. */
    static void writeSummary(JsonGenerator json, RunSummary s) {
        json.writeStartObject();
        json.writeName("run_id");
        json.writeNumber(s.runId());
        ReportJson.writeString(json, "job", s.job());
        ReportJson.writeString(json, "status", s.status());
        ReportJson.writeString(json, "started_at", s.startedAt());
        ReportJson.writeString(json, "finished_at", s.finishedAt());
        ReportJson.writeString(json, "as_of", s.asOf());

        json.writeName("rule_pack");
        json.writeStartObject();
        ReportJson.writeString(json, "id", s.rulePackId());
        ReportJson.writeString(json, "version", s.rulePackVersion());
        json.writeEndObject();
        writeProvenance(json, s.provenance());

        json.writeName("inputs");
        json.writeStartArray();
        for (RunSummary.InputFile input : s.inputs() == null ? List.<RunSummary.InputFile>of() : s.inputs()) {
            json.writeStartObject();
            ReportJson.writeString(json, "file", input.file());
            ReportJson.writeString(json, "format", input.format());
            ReportJson.writeString(json, "sha256", input.sha256());
            json.writeName("lines");
            json.writeNumber(input.lines());
            ReportJson.writeString(json, "status", input.status());
            ReportJson.writeString(json, "problem", input.problem());
            json.writeEndObject();
        }
        json.writeEndArray();

        writeCount(json, "claims_read", s.claimsRead());
        writeCount(json, "claims_clean", s.claimsClean());
        writeCount(json, "claims_held", s.claimsHeld());
        writeCount(json, "claims_rejected", s.claimsRejected());
        writeCount(json, "claims_not_screened", s.claimsNotScreened());
        writeCount(json, "lines_read", s.linesRead());
        writeCount(json, "lines_flagged", s.linesFlagged());
        writeCount(json, "rejects", s.rejects());

        json.writeName("findings_by_severity");
        json.writeStartObject();
        for (Map.Entry<String, Long> e : bySeverity(s.findingsBySeverity()).entrySet()) {
            writeCount(json, e.getKey(), e.getValue());
        }
        json.writeEndObject();

        json.writeName("findings_by_rule");
        json.writeStartObject();
        for (Map.Entry<String, Long> e : sorted(s.findingsByRule()).entrySet()) {
            writeCount(json, e.getKey(), e.getValue() == null ? 0 : e.getValue());
        }
        json.writeEndObject();

        ReportJson.writeAmount(json, "amount_at_risk", s.amountAtRisk());

        json.writeName("amount_at_risk_by_rule");
        json.writeStartObject();
        for (Map.Entry<String, Money> e : sorted(s.amountAtRiskByRule()).entrySet()) {
            ReportJson.writeAmount(json, e.getKey(), e.getValue());
        }
        json.writeEndObject();

        writeDollars(json, "amount_at_risk_by_severity", s.atRisk().bySeverity());
        writeDollars(json, "amount_at_risk_by_liable", s.atRisk().byLiable());
        writeDollars(json, "amount_at_risk_by_provider", s.atRisk().byProvider());
        writeDollars(json, "amount_at_risk_by_payer_type", s.atRisk().byPayerType());

        ReportJson.writeAmount(json, "patient_estimate_total", s.patientEstimateTotal());
        writeChanges(json, s.changesSincePreviousRun());
        writeTransactions(json, s.x12Transactions());
        json.writeEndObject();
    }

    /**
     * {@code x12_transactions}: the 999-style summary of each 837P transaction read, in file order
     * (docs/x12-837p.md); left out when the run read no 837P input.
     */
    private static void writeTransactions(JsonGenerator json, List<X12Transaction> transactions) {
        if (transactions == null) {
            return;
        }
        json.writeName("x12_transactions");
        json.writeStartArray();
        for (X12Transaction t : transactions) {
            json.writeStartObject();
            ReportJson.writeString(json, "file", t.file());
            writeCount(json, "transaction", t.position());
            ReportJson.writeString(json, "isa13", t.isa13());
            ReportJson.writeString(json, "gs06", t.gs06());
            ReportJson.writeString(json, "st02", t.st02());
            ReportJson.writeString(json, "st03", t.st03());
            writeCount(json, "st_segment", t.stSegment());
            json.writeName("se_segment");
            if (t.seSegment() == null) {
                json.writeNull();
            } else {
                json.writeNumber(t.seSegment().longValue());
            }
            ReportJson.writeString(json, "ack_code", t.code().name());
            ReportJson.writeString(json, "ack", t.code().label());
            writeCount(json, "claims_read", t.claimsRead());
            writeCount(json, "claims_accepted", t.claimsAccepted());
            writeCount(json, "claims_rejected", t.claimsRejected());
            writeCount(json, "claims_not_screened", t.claimsNotScreened());
            json.writeName("errors");
            json.writeStartArray();
            t.errors().forEach(json::writeString);
            json.writeEndArray();
            ReportJson.writeString(json, "first_claim_error", t.firstClaimError());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /**
     * {@code trial}, {@code history_cutoff} and {@code rerun}: null for a first screening, else the
     * run it reran, its history ({@code as-run}: as it stood when that run ran; {@code current}) and
     * rules ({@code recorded}; {@code current}), and what could not be reproduced ({@code notes}).
     */
    private static void writeProvenance(JsonGenerator json, RunSummary.Provenance p) {
        json.writeName("trial");
        json.writeBoolean(p.trial());
        ReportJson.writeString(json, "history_cutoff", p.historyCutoff());
        json.writeName("rerun");
        if (p.rerunOf() == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeName("of_run");
        json.writeNumber(p.rerunOf());
        ReportJson.writeString(json, "history", p.history() == null ? null : p.history().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        ReportJson.writeString(json, "rules", p.rules() == null ? null : p.rules().toLowerCase(java.util.Locale.ROOT));
        json.writeName("notes");
        json.writeStartArray();
        p.notes().forEach(json::writeString);
        json.writeEndArray();
        json.writeEndObject();
    }

    /** A breakdown of amount_at_risk: sorted keys, each a dollar amount; together they make the total. */
    private static void writeDollars(JsonGenerator json, String name, Map<String, Money> dollars) {
        json.writeName(name);
        json.writeStartObject();
        for (Map.Entry<String, Money> e : sorted(dollars).entrySet()) {
            ReportJson.writeAmount(json, e.getKey(), e.getValue());
        }
        json.writeEndObject();
    }

    /** {@code changes_since_previous_run}: previous_run_id (null for the first run), new, resolved, by rule. */
    private static void writeChanges(JsonGenerator json, RunChanges changes) {
        json.writeName("changes_since_previous_run");
        json.writeStartObject();
        json.writeName("previous_run_id");
        if (changes.previousRunId() == null) {
            json.writeNull();
        } else {
            json.writeNumber(changes.previousRunId().longValue());
        }
        writeCount(json, "new", changes.newFindings());
        writeCount(json, "resolved", changes.resolvedFindings());
        writeCount(json, "not_rescreened", changes.notRescreened());
        json.writeName("new_by_rule");
        json.writeStartObject();
        sorted(changes.newByRule()).forEach((rule, n) -> writeCount(json, rule, n));
        json.writeEndObject();
        json.writeName("resolved_by_rule");
        json.writeStartObject();
        sorted(changes.resolvedByRule()).forEach((rule, n) -> writeCount(json, rule, n));
        json.writeEndObject();
        json.writeEndObject();
    }

    /** DENY, REVIEW, INFO always (0 when absent), then any other severity the map holds. */
    static Map<String, Long> bySeverity(Map<String, Long> counts) {
        Map<String, Long> result = new LinkedHashMap<>();
        for (String severity : SEVERITIES) {
            result.put(severity, 0L);
        }
        if (counts != null) {
            sorted(counts).forEach((severity, n) -> result.put(severity, n == null ? 0L : n));
        }
        return result;
    }

    static <V> Map<String, V> sorted(Map<String, V> map) {
        return map == null ? Map.of() : new TreeMap<>(map);
    }

    private static void writeCount(JsonGenerator json, String name, long value) {
        json.writeName(name);
        json.writeNumber(value);
    }
}
