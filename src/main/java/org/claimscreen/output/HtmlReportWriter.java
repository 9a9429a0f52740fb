package org.claimscreen.output;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.screening.RejectRow;
import org.claimscreen.intake.x12.X12Transaction;
import org.claimscreen.domain.screening.RunChanges;
import org.claimscreen.intake.AtomicFile;

/**
 * Writes report.html (outputs.md): one self-contained page for auditors (inline CSS, vanilla JS,
 * charts as inline SVG, system fonts; nothing is fetched). In order: the headline (dollars at risk
 * split by severity and by who would pay, and a trend line of the job's last runs that the caller
 * hands in as {@link TrendPoint}s, since this package reads no database), a worklist of the held
 * claims ranked by dollars at risk with their rules' titles and fixes, the changes since the
 * previous run, charts of dollars at risk (by rule, provider, payer type, severity, liable party)
 * whose bars filter the findings table, the findings table (filters, search and sort kept in the
 * address; the view downloads as CSV) where each claim opens in a dialog with all its lines and
 * findings, and the rejects.
 *
 * <p><b>Money that adds up.</b> Every dollar chart counts only the findings that count toward
 * the total ({@link FindingRow#countsTowardTotal}: one per flagged line), so each adds up to the
 * headline and INFO findings, which risk nothing, are never in one.
 *
 * <p><b>Big runs.</b> The findings are not HTML rows: they are embedded once as compact JSON (an
 * array per finding, repeated texts replaced by an index into a string table) in
 * {@code <script type="application/json">}, and the page's script renders one page of the table at
 * a time. A browser therefore parses data, not 250,000 table rows: such a page (55 MB with the
 * claims' lines) is ready in Chromium about 2.5 s after it starts loading. The aggregates
 * (charts, filter choices) are computed here in Java while the findings stream past; the findings
 * are spilled to a temp file so that the charts can stand above the data without holding the
 * findings in memory. The string table is capped ({@link #MAX_STRINGS}):
 * past it, texts are written inline. The rejects table is plain HTML and shows at most
 * {@link #MAX_TABLE_ROWS} rows (rejects.csv has all).
 *
 * <p><b>Escaping.</b> Every text from the input is escaped: in element content and attribute
 * values by {@link #escape}, inside the embedded JSON by {@link #jsonString} (which also escapes
 * {@code < > &} and the JavaScript line separators, so {@code </script>} in a claim id cannot end
 * the data block). The script puts data into the page with {@code textContent} only, never as
 * markup.
 */
public final class HtmlReportWriter {

    /** The most rows the rejects table shows. */
    public static final int MAX_TABLE_ROWS = 5_000;

    /** Distinct texts the embedded string table holds before it writes further texts inline. */
    static final int MAX_STRINGS = 200_000;

    /** Bars a chart shows; the rest are summed into one "others" row, as text without a bar. */
    static final int CHART_BARS = 12;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private static final String DASH = "\u2014";
    private static final String NO_PROVIDER = "(claim level)";
    private static final String NONE = "(none)";

    /** Held claims the worklist lists; the findings table has the rest. */
    static final int WORKLIST_ROWS = 100;

    /** Writes {@code target} atomically, without the claims' lines. */
    public void write(Path target, RunSummary summary, Iterable<FindingRow> findings, Iterable<RejectRow> rejects)
            throws IOException {
        write(target, summary, findings, List.of(), rejects);
    }

    /**
     * Writes {@code target} atomically.
     *
     * @param findings a claim's findings together (as the part files merge them: by file and claim
     *                 id), so that the worklist need not hold every held claim
     * @param lines    the lines of the claims that have findings, for the claim view (may be empty)
     */
    public void write(Path target, RunSummary summary, Iterable<FindingRow> findings, Iterable<ClaimLineRow> lines,
            Iterable<RejectRow> rejects) throws IOException {
        AtomicFile.write(target, out -> write(out, summary, findings, lines, rejects));
    }

    /** Writes the page to {@code out} (not closed). */
    public void write(Writer out, RunSummary summary, Iterable<FindingRow> findings, Iterable<ClaimLineRow> lines,
            Iterable<RejectRow> rejects) throws IOException {
        try (Draft draft = start()) {
            for (FindingRow f : findings) {
                draft.accept(f);
            }
            draft.finish();
            draft.writePage(out, summary, lines, rejects);
        }
    }

    /**
     * Starts report.html's findings data, so that one pass over the findings can feed it beside
     * the other reports; {@link Draft#writePage} then writes the page. Close the draft.
     */
    public Draft start() throws IOException {
        return new Draft();
    }

    /**
     * The findings spilled to a temp file as the page embeds them, with the aggregates the page
     * shows above them; the temp file is deleted on close.
     */
    public static final class Draft implements FindingSink, AutoCloseable {

        private final Path spill;
        private final Writer data;
        private final Strings strings = new Strings();
        private final Aggregates aggregates = new Aggregates();
        private final StringBuilder row = new StringBuilder(256);
        private boolean finished;

        private Draft() throws IOException {
            spill = Files.createTempFile("claimscreen-report-", ".json");
            try {
                data = new BufferedWriter(Files.newBufferedWriter(spill, StandardCharsets.UTF_8), 64 * 1024);
                data.write('[');
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(spill);
                throw e;
            }
        }

        @Override
        public void accept(FindingRow f) throws IOException {
            spillFinding(data, row, f, aggregates.findings == 0, strings);
            aggregates.add(f);
        }

        @Override
        public long finish() throws IOException {
            if (!finished) {
                finished = true;
                data.write(']');
                data.close();
            }
            return aggregates.findings;
        }

        /** Writes the page to {@code out} (not closed), the findings data from the spill, without a trend. */
        public void writePage(Writer out, RunSummary summary, Iterable<ClaimLineRow> lines, Iterable<RejectRow> rejects)
                throws IOException {
            writePage(out, summary, List.of(), lines, rejects);
        }

        /**
         * Writes the page to {@code out} (not closed), the findings data from the spill.
         *
         * @param trend the job's last completed runs, oldest first, ending with this one (may be empty)
         */
        public void writePage(Writer out, RunSummary summary, List<TrendPoint> trend, Iterable<ClaimLineRow> lines,
                Iterable<RejectRow> rejects) throws IOException {
            finish();
            HtmlReportWriter.writePage(out, summary, trend, aggregates, spill, lines, rejects, strings);
        }

        @Override
        public void close() throws IOException {
            try {
                data.close();
            } finally {
                Files.deleteIfExists(spill);
            }
        }
    }

    // ------------------------------------------------------------------ data

    /** Column order of a finding's array in the embedded data; the script reads the same order. */
    private static void spillFinding(Writer data, StringBuilder row, FindingRow f, boolean first, Strings strings)
            throws IOException {
        row.setLength(0);
        if (!first) {
            row.append(",\n");
        }
        row.append('[');
        strings.append(row, f.sourceFile()).append(',');
        strings.append(row, f.claimId()).append(',');
        number(row, f.lineNumber()).append(',');
        strings.append(row, f.member()).append(',');
        strings.append(row, f.serviceDate() == null ? null : f.serviceDate().toString()).append(',');
        strings.append(row, f.procedureCode()).append(',');
        strings.append(row, f.modifiers()).append(',');
        number(row, f.units()).append(',');
        cents(row, f.chargeAmount()).append(',');
        strings.append(row, f.ruleId()).append(',');
        strings.append(row, f.severity()).append(',');
        strings.append(row, f.message()).append(',');
        strings.append(row, f.denialCode()).append(',');
        strings.append(row, f.liable()).append(',');
        cents(row, f.amountAtRisk()).append(',');
        cents(row, f.patientEstimate()).append(',');
        strings.append(row, f.suggestion()).append(',');
        strings.append(row, f.policy()).append(',');
        strings.append(row, f.payerType()).append(',');
        strings.append(row, f.renderingNpi()).append(',');
        strings.append(row, f.ruleTitle()).append(',');
        row.append(f.countsTowardTotal() ? 1 : 0).append(',');
        strings.append(row, f.renderingName()).append(',');
        strings.append(row, f.claimStatus()).append(',');
        // last, so that the page's indexes of the fields before them stand
        strings.append(row, f.payerId()).append(',');
        strings.append(row, f.planId()).append(']');
        data.append(row);
    }

    private static void writeLines(Writer out, Iterable<ClaimLineRow> lines, Strings strings) throws IOException {
        StringBuilder row = new StringBuilder(256);
        out.write('[');
        boolean first = true;
        for (ClaimLineRow l : lines) {
            row.setLength(0);
            if (!first) {
                row.append(",\n");
            }
            first = false;
            row.append('[');
            strings.append(row, l.sourceFile()).append(',');
            strings.append(row, l.claimId()).append(',');
            row.append(l.lineNumber()).append(',').append(l.sourceLine()).append(',');
            strings.append(row, l.serviceDate() == null ? null : l.serviceDate().toString()).append(',');
            strings.append(row, l.placeOfService()).append(',');
            strings.append(row, l.procedureCode()).append(',');
            strings.append(row, l.modifiers()).append(',');
            row.append(l.units()).append(',');
            number(row, l.minutes()).append(',');
            cents(row, l.chargeAmount()).append(',');
            strings.append(row, l.diagnosisCodes()).append(',');
            strings.append(row, l.diagnosisPointers()).append(',');
            strings.append(row, l.renderingNpi()).append(',');
            strings.append(row, l.renderingTaxonomy()).append(',');
            strings.append(row, l.supervisingNpi()).append(',');
            strings.append(row, l.referringNpi()).append(',');
            strings.append(row, l.planOfCare()).append(',');
            strings.append(row, l.abnOnFile()).append(',');
            strings.append(row, l.lmnOnFile()).append(']');
            out.append(row);
        }
        out.write(']');
    }

    private static StringBuilder number(StringBuilder json, Integer value) {
        return value == null ? json.append("null") : json.append(value.intValue());
    }

    private static StringBuilder cents(StringBuilder json, Money money) {
        return money == null ? json.append("null") : json.append(money.cents());
    }

    /**
     * Repeated texts (file names, rule ids, messages, policies...) as indexes into one table, up to
     * {@link #MAX_STRINGS} distinct texts; then inline, so memory stays bounded on any input.
     */
    static final class Strings {

        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> table = new ArrayList<>();

        StringBuilder append(StringBuilder json, String text) {
            if (text == null) {
                return json.append("null");
            }
            Integer position = index.get(text);
            if (position == null && table.size() < MAX_STRINGS) {
                position = table.size();
                index.put(text, position);
                table.add(text);
            }
            return position == null ? jsonString(json, text) : json.append(position.intValue());
        }

        void writeTable(Writer out) throws IOException {
            StringBuilder json = new StringBuilder(64 * 1024);
            json.append('[');
            for (int i = 0; i < table.size(); i++) {
                if (i > 0) {
                    json.append(",\n");
                }
                jsonString(json, table.get(i));
                if (json.length() > 60 * 1024) {
                    out.append(json);
                    json.setLength(0);
                }
            }
            json.append(']');
            out.append(json);
        }
    }

    /**
     * A JSON string literal that is also safe inside an HTML {@code <script>} element: besides
     * JSON's own escapes, {@code < > &} (so neither {@code </script>} nor {@code <!--} can appear)
     * and U+2028/U+2029 are written as {@code \}{@code uXXXX}.
     */
    static StringBuilder jsonString(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '<', '>', '&', '\'', '\u2028', '\u2029' -> unicodeEscape(json, c);
                default -> {
                    if (c < 0x20) {
                        unicodeEscape(json, c);
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }

    private static void unicodeEscape(StringBuilder json, char c) {
        json.append("\\u");
        String hex = Integer.toHexString(c);
        for (int pad = hex.length(); pad < 4; pad++) {
            json.append('0');
        }
        json.append(hex);
    }

    /**
     * What the page shows above the findings, gathered while they stream past: findings per rule
     * (all severities), the dollars of the <em>counted</em> findings (one per flagged line, its most
     * severe DENY or REVIEW finding: {@link FindingRow#countsTowardTotal}) five ways, each of which
     * therefore adds up to the headline, the held claims for the worklist, and the values the
     * filters offer.
     */
    static final class Aggregates {

        long findings;
        long countedCents;
        final Map<String, Long> findingsByRule = new TreeMap<>();
        final Map<String, Long> centsByRule = new TreeMap<>();
        final Map<String, Long> centsByProvider = new TreeMap<>();
        final Map<String, Long> centsByPayer = new TreeMap<>();
        final Map<String, Long> centsBySeverity = new TreeMap<>();
        final Map<String, Long> centsByLiable = new TreeMap<>();
        final Map<String, String> ruleTitles = new HashMap<>();
        final Map<String, String> providerNames = new HashMap<>();
        final TreeSet<String> providers = new TreeSet<>();
        final TreeSet<String> severities = new TreeSet<>();
        final TreeSet<String> payerTypes = new TreeSet<>();
        final TreeSet<String> liables = new TreeSet<>();
        /**
         * The worklist's held claims, the one that ranks last at the head: at most
         * {@link #WORKLIST_ROWS}, so memory does not grow with the held claims (1.4 million at
         * 10 million lines). Exact because a claim's findings come together (the part files merge
         * by file and claim id), so a claim is complete when the next one starts.
         */
        final PriorityQueue<HeldClaim> worklist = new PriorityQueue<>(WORKLIST_ORDER.reversed());
        /** The held claim whose findings are arriving. */
        HeldClaim current;
        long heldClaims;

        void add(FindingRow f) {
            findings++;
            String rule = String.valueOf(f.ruleId());
            findingsByRule.merge(rule, 1L, Long::sum);
            if (f.ruleTitle() != null && !f.ruleTitle().isBlank()) {
                ruleTitles.putIfAbsent(rule, f.ruleTitle());
            }
            String npi = f.renderingNpi() == null ? NO_PROVIDER : f.renderingNpi();
            providers.add(npi);
            if (f.renderingName() != null && !f.renderingName().isBlank()) {
                providerNames.putIfAbsent(npi, f.renderingName());
            }
            if (f.severity() != null) {
                severities.add(f.severity());
            }
            if (f.payerType() != null) {
                payerTypes.add(f.payerType());
            }
            if (f.liable() != null) {
                liables.add(f.liable());
            }
            long cents = f.countsTowardTotal() && f.amountAtRisk() != null ? f.amountAtRisk().cents() : 0;
            if (f.countsTowardTotal()) {
                countedCents += cents;
                centsByRule.merge(rule, cents, Long::sum);
                centsByProvider.merge(npi, cents, Long::sum);
                centsByPayer.merge(orNone(f.payerType()), cents, Long::sum);
                centsBySeverity.merge(orNone(f.severity()), cents, Long::sum);
                // summary.json's key for dollars without a liable party (ScreeningTally.UNKNOWN)
                centsByLiable.merge(f.liable() == null ? "UNKNOWN" : f.liable(), cents, Long::sum);
            }
            if ("HELD".equals(f.claimStatus())) {
                if (current == null || !current.is(f)) {
                    rank();
                    current = new HeldClaim(f);
                    heldClaims++;
                }
                current.add(f, cents);
            }
        }

        /** The claim whose findings were arriving is complete: onto the worklist if it ranks. */
        private void rank() {
            if (current != null) {
                worklist.add(current);
                if (worklist.size() > WORKLIST_ROWS) {
                    worklist.poll();
                }
                current = null;
            }
        }

        /** The worklist: the held claims with the most dollars at risk first, ties by claim id (then file). */
        List<HeldClaim> worklist() {
            rank();
            List<HeldClaim> claims = new ArrayList<>(worklist);
            claims.sort(WORKLIST_ORDER);
            return claims;
        }

        String ruleLabel(String rule) {
            return ruleTitles.getOrDefault(rule, rule);
        }

        String providerLabel(String npi) {
            String name = providerNames.get(npi);
            return name == null ? npi : name;
        }
    }

    /** A held claim on the worklist: its counted dollars, the rules that hold it and their fixes. */
    /** Most dollars at risk first, ties by claim id, then file. */
    private static final Comparator<HeldClaim> WORKLIST_ORDER = Comparator.comparingLong((HeldClaim c) -> c.cents)
            .reversed().thenComparing(c -> String.valueOf(c.claimId)).thenComparing(c -> String.valueOf(c.file));

    static final class HeldClaim {

        final String file;
        final String claimId;
        final String member;
        final String payerType;
        long cents;
        final List<String> rules = new ArrayList<>(2);
        final List<String> fixes = new ArrayList<>(2);

        HeldClaim(FindingRow f) {
            file = f.sourceFile();
            claimId = f.claimId();
            member = f.member();
            payerType = f.payerType();
        }

        boolean is(FindingRow f) {
            return java.util.Objects.equals(claimId, f.claimId()) && java.util.Objects.equals(file, f.sourceFile());
        }

        void add(FindingRow f, long countedCents) {
            cents += countedCents;
            if (!"DENY".equals(f.severity()) && !"REVIEW".equals(f.severity())) {
                return; // INFO findings do not hold a claim
            }
            String rule = String.valueOf(f.ruleId());
            if (!rules.contains(rule)) {
                rules.add(rule);
            }
            if (f.suggestion() != null && !f.suggestion().isBlank() && !fixes.contains(f.suggestion())) {
                fixes.add(f.suggestion());
            }
        }
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }

    // ------------------------------------------------------------------ page

    /**
     * A rerun or a trial says so above everything else: an auditor comparing it with the night's
     * own report must know which history and rules it saw (outputs.md, "report.html").
     */
    private static void writeProvenance(Writer out, RunSummary.Provenance p) throws IOException {
        if (!p.trial() && p.rerunOf() == null) {
            return;
        }
        StringBuilder html = new StringBuilder("<div class=\"provenance\" id=\"provenance\">");
        if (p.rerunOf() != null) {
            html.append("<p><strong>Rerun of run ").append(p.rerunOf()).append("</strong>: ")
                    .append("CURRENT".equals(p.history()) ? "today's history"
                            : "history as it stood when run " + p.rerunOf() + " ran")
                    .append(", ")
                    .append("CURRENT".equals(p.rules()) ? "today's rule pack" : "run " + p.rerunOf() + "'s rule pack")
                    .append(p.historyCutoff() == null ? "" : " (runs completed before "
                            + escape(p.historyCutoff().toString()) + " counted)")
                    .append(".</p>");
            if (!p.notes().isEmpty()) {
                html.append("<ul>");
                p.notes().forEach(note -> html.append("<li>").append(escape(note)).append("</li>"));
                html.append("</ul>");
            }
        }
        if (p.trial()) {
            html.append("<p><strong>Trial screening</strong>: recorded no history (screen --no-history), so no later"
                    + " run counts these claims.</p>");
        }
        out.write(html.append("</div>\n").toString());
    }

    private static void writePage(Writer out, RunSummary s, List<TrendPoint> trend, Aggregates aggregates, Path spill,
            Iterable<ClaimLineRow> lines, Iterable<RejectRow> rejects, Strings strings) throws IOException {
        String title = "claimscreen report \u2014 run " + s.runId();
        out.write("<!DOCTYPE html>\n<html lang=\"en\" data-run-id=\"" + s.runId() + "\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        // Belt and braces for "no network": even a bug in the script could not load anything.
        out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n");
        out.write("<title>" + escape(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n");
        out.write("<a class=\"skip\" href=\"#findings-heading\">Skip to the findings</a>\n");
        out.write("<header class=\"top\"><h1>" + escape(title) + "</h1>\n<p class=\"lede\">Job <strong>"
                + escape(s.job()) + "</strong>, claims as of <strong>"
                + (s.asOf() == null ? DASH : escape(s.asOf().toString())) + "</strong>, screened with rule pack <strong>"
                + escape(s.rulePackId()) + " " + escape(s.rulePackVersion()) + "</strong>.</p>\n");
        writeProvenance(out, s.provenance());
        out.write("<nav aria-label=\"Sections\"><ul><li><a href=\"#headline\">Headline</a></li>"
                + "<li><a href=\"#worklist\">Worklist</a></li>"
                + "<li><a href=\"#changes\">Changes</a></li><li><a href=\"#charts\">Charts</a></li>"
                + "<li><a href=\"#findings-heading\">Findings</a></li><li><a href=\"#rejects-heading\">Rejects</a></li>"
                + (s.x12Transactions() == null ? "" : "<li><a href=\"#x12-heading\">837P transactions</a></li>")
                + "<li><a href=\"#run\">The run</a></li></ul></nav>\n</header>\n<main>\n");
        writeHeadline(out, s, trend);
        writeWorklist(out, aggregates);
        writeChanges(out, s, aggregates);
        writeCharts(out, s, aggregates);
        writeFindingsShell(out, aggregates);
        writeRejects(out, rejects);
        writeTransactions(out, s.x12Transactions());
        writeRun(out, s);
        out.write("</main>\n");
        writeDialog(out);
        out.write("<script type=\"application/json\" id=\"findings-data\">");
        try (Reader data = Files.newBufferedReader(spill, StandardCharsets.UTF_8)) {
            data.transferTo(out);
        }
        out.write("</script>\n<script type=\"application/json\" id=\"lines-data\">");
        writeLines(out, lines, strings);
        out.write("</script>\n<script type=\"application/json\" id=\"strings-data\">");
        strings.writeTable(out);
        out.write("</script>\n<script>\n" + SCRIPT + "</script>\n</body>\n</html>\n");
    }

    private static void writeHeadline(Writer out, RunSummary s, List<TrendPoint> trend) throws IOException {
        StringBuilder html = new StringBuilder();
        RunSummary.AtRisk atRisk = s.atRisk();
        html.append("<section aria-labelledby=\"headline\">\n<h2 id=\"headline\">Headline numbers</h2>\n");
        html.append("<dl class=\"tiles\">\n");
        tile(html, "claims_held", "Held", count(s.claimsHeld()), "a DENY or REVIEW finding (held/)", "warn");
        tile(html, "amount_at_risk", "Dollars at risk", dollars(s.amountAtRisk()),
                "the payer would likely not pay; each flagged line once", "bad");
        tile(html, "amount_at_risk_deny", "At risk: DENY", dollars(atRisk.bySeverity().getOrDefault("DENY", Money.ZERO)),
                "the payer will most likely deny", "bad");
        tile(html, "amount_at_risk_review", "At risk: REVIEW",
                dollars(atRisk.bySeverity().getOrDefault("REVIEW", Money.ZERO)), "a person should look first", "warn");
        tile(html, "amount_at_risk_patient", "Patient would pay",
                dollars(atRisk.byLiable().getOrDefault("PATIENT", Money.ZERO)), "of the dollars at risk, if denied", "");
        tile(html, "amount_at_risk_provider", "Provider would lose",
                dollars(atRisk.byLiable().getOrDefault("PROVIDER", Money.ZERO)), "of the dollars at risk, written off", "");
        tile(html, "patient_estimate_total", "Patients' likely cost", dollars(s.patientEstimateTotal()),
                "copay, coinsurance or all of it", "");
        tile(html, "claims_read", "Claims read", count(s.claimsRead()), "in " + count(s.linesRead()) + " lines", "");
        tile(html, "claims_clean", "Clean", count(s.claimsClean()), "ready to submit (clean/)", "ok");
        tile(html, "claims_rejected", "Rejected", count(s.claimsRejected()), "unreadable input, see Rejects", "bad");
        tile(html, "claims_not_screened", "Not screened", count(s.claimsNotScreened()), "outside the rules' scope", "");
        tile(html, "lines_flagged", "Lines flagged", count(s.linesFlagged()), "with a DENY or REVIEW finding", "");
        html.append("</dl>\n");
        if (s.claimsRead() > 0) {
            html.append(stackedBar(s));
        }
        html.append("<p class=\"severities\">Findings by severity: ");
        SummaryJsonWriter.bySeverity(s.findingsBySeverity()).forEach((severity, n) ->
                html.append("<span data-severity-count=\"").append(escape(severity)).append("\">")
                        .append(badge(severity)).append(' ').append(count(n)).append("</span> &nbsp; "));
        html.append("</p>\n");
        trend(html, s, trend);
        html.append("</section>\n");
        out.write(html.toString());
    }

    /**
     * Held claims and dollars at risk over the job's last runs, as two lines on one small inline SVG
     * (each on its own scale, from zero), with the numbers as a table beside it.
     */
    private static void trend(StringBuilder html, RunSummary s, List<TrendPoint> points) {
        html.append("<figure class=\"trend\" id=\"trend\" data-points=\"").append(points.size()).append("\">\n")
                .append("<figcaption>Held claims and dollars at risk over job <strong>").append(escape(s.job()))
                .append("</strong>'s last ").append(count(points.size())).append(points.size() == 1 ? " run" : " runs")
                .append("</figcaption>\n");
        if (points.size() < 2) {
            html.append("<p class=\"muted\">A trend needs two completed runs of the job; this is the first.</p>\n")
                    .append("</figure>\n");
            return;
        }
        long maxHeld = Math.max(1, points.stream().mapToLong(TrendPoint::claimsHeld).max().orElse(1));
        long maxCents = Math.max(1, points.stream().mapToLong(p -> p.amountAtRisk().cents()).max().orElse(1));
        int width = 300;
        int height = 60;
        double step = (double) width / (points.size() - 1);
        StringBuilder held = new StringBuilder();
        StringBuilder cents = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            TrendPoint p = points.get(i);
            held.append(String.format(Locale.ROOT, "%.1f,%.1f ", i * step, 2 + (height - 4) * (1 - (double) p.claimsHeld() / maxHeld)));
            cents.append(String.format(Locale.ROOT, "%.1f,%.1f ", i * step,
                    2 + (height - 4) * (1 - (double) p.amountAtRisk().cents() / maxCents)));
        }
        TrendPoint first = points.get(0);
        TrendPoint last = points.get(points.size() - 1);
        html.append("<svg viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"")
                .append(escape("Held claims from " + count(first.claimsHeld()) + " (run " + first.runId() + ") to "
                        + count(last.claimsHeld()) + " (run " + last.runId() + "); dollars at risk from "
                        + dollars(first.amountAtRisk()) + " to " + dollars(last.amountAtRisk())))
                .append("\"><polyline class=\"trend-held\" points=\"").append(held.toString().strip())
                .append("\"></polyline><polyline class=\"trend-dollars\" points=\"").append(cents.toString().strip())
                .append("\"></polyline></svg>\n<p class=\"legend\"><span class=\"key key-held\"></span> held claims (")
                .append(count(last.claimsHeld())).append(" now, at most ").append(count(maxHeld))
                .append(") <span class=\"key key-dollars\"></span> dollars at risk (").append(dollars(last.amountAtRisk()))
                .append(" now, at most ").append(dollars(Money.ofCents(maxCents))).append(")</p>\n");
        html.append("<details><summary>The trend's numbers</summary><div class=\"scroll\"><table class=\"compact\">")
                .append("<caption>The job's completed runs, oldest first</caption><thead><tr><th scope=\"col\">Run</th>")
                .append("<th scope=\"col\">Claims as of</th><th scope=\"col\" class=\"num\">Held</th>")
                .append("<th scope=\"col\" class=\"num\">Dollars at risk</th></tr></thead><tbody>\n");
        for (TrendPoint p : points) {
            html.append("<tr><td>").append(p.runId()).append("</td>");
            td(html, p.asOf() == null ? DASH : p.asOf().toString());
            tdNum(html, count(p.claimsHeld()));
            tdNum(html, dollars(p.amountAtRisk()));
            html.append("</tr>\n");
        }
        html.append("</tbody></table></div></details>\n</figure>\n");
    }

    /**
     * The held claims ranked by the dollars their counted findings put at risk (ties by claim id),
     * each with the titles of the rules that hold it and what to do: the answer to "what do I fix
     * first". At most {@link #WORKLIST_ROWS}; the findings table has every finding.
     */
    private static void writeWorklist(Writer out, Aggregates a) throws IOException {
        StringBuilder html = new StringBuilder();
        html.append("<section aria-labelledby=\"worklist\">\n<h2 id=\"worklist\">Worklist: held claims, most dollars first</h2>\n");
        List<HeldClaim> claims = a.worklist();
        if (claims.isEmpty()) {
            html.append("<p>No claim is held: there is nothing to fix before submitting.</p>\n</section>\n");
            out.write(html.toString());
            return;
        }
        int shown = claims.size();
        long held = a.heldClaims;
        html.append("<p>").append(count(held)).append(held == 1 ? " held claim" : " held claims")
                .append(shown < held ? "; the " + count(shown) + " with the most dollars at risk are listed" : "")
                .append(". Fix these before submitting; select a claim id to see its lines and findings.</p>\n");
        html.append("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"worklist-caption\">")
                .append("<table id=\"worklist-table\">\n<caption id=\"worklist-caption\">Held claims ranked by dollars at")
                .append(" risk (each flagged line counted once)</caption>\n<thead><tr><th scope=\"col\" class=\"num\">#</th>")
                .append("<th scope=\"col\">Claim</th><th scope=\"col\">Member</th><th scope=\"col\">Payer type</th>")
                .append("<th scope=\"col\" class=\"num\">At risk</th><th scope=\"col\">Why it is held</th>")
                .append("<th scope=\"col\">The fix</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < shown; i++) {
            HeldClaim c = claims.get(i);
            html.append("<tr data-claim=\"").append(escape(c.claimId)).append("\" data-cents=\"").append(c.cents)
                    .append("\">");
            // data-label: on a phone the rows become cards and each value says what it is
            html.append("<td class=\"num\" data-label=\"#\">").append(count(i + 1)).append("</td>");
            html.append("<td data-label=\"Claim\"><button type=\"button\" class=\"claim-link\" data-file=\"")
                    .append(escape(c.file)).append("\" data-claim=\"").append(escape(c.claimId)).append("\" title=\"")
                    .append(escape("Open claim " + c.claimId + " (" + c.file + ")")).append("\">").append(escape(c.claimId))
                    .append("</button></td>");
            html.append("<td data-label=\"Member\">").append(escape(c.member)).append("</td>");
            html.append("<td data-label=\"Payer type\">").append(escape(c.payerType)).append("</td>");
            html.append("<td class=\"num\" data-label=\"At risk\">").append(dollars(Money.ofCents(c.cents)))
                    .append("</td>");
            html.append("<td data-label=\"Why it is held\"><ul class=\"plain\">");
            for (String rule : c.rules) {
                html.append("<li>").append(ruleLabel(a, rule)).append("</li>");
            }
            html.append("</ul></td><td data-label=\"The fix\"><ul class=\"plain\">");
            for (String fix : c.fixes) {
                html.append("<li>").append(escape(fix)).append("</li>");
            }
            html.append("</ul></td></tr>\n");
        }
        html.append("</tbody>\n</table></div>\n</section>\n");
        out.write(html.toString());
    }

    /** A rule as the page shows it everywhere: its title, its id beside it in small type. */
    private static String ruleLabel(Aggregates a, String rule) {
        String title = a.ruleTitles.get(rule);
        return title == null ? "<code>" + escape(rule) + "</code>"
                : "<span class=\"rule-title\">" + escape(title) + "</span> <code class=\"rule-id\">" + escape(rule) + "</code>";
    }

    /** One bar of the claims read, split into clean, held, rejected and not screened. */
    private static String stackedBar(RunSummary s) {
        long[] parts = {s.claimsClean(), s.claimsHeld(), s.claimsRejected(), s.claimsNotScreened()};
        String[] names = {"clean", "held", "rejected", "not screened"};
        String[] classes = {"ok", "warn", "bad", "none"};
        long total = Math.max(1, parts[0] + parts[1] + parts[2] + parts[3]);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"split\" viewBox=\"0 0 1000 28\" preserveAspectRatio=\"none\" role=\"img\" ")
                .append("aria-label=\"Claims: ");
        for (int i = 0; i < parts.length; i++) {
            svg.append(i > 0 ? ", " : "").append(count(parts[i])).append(' ').append(names[i]);
        }
        svg.append("\">");
        double x = 0;
        for (int i = 0; i < parts.length; i++) {
            double width = 1000.0 * parts[i] / total;
            if (width > 0) {
                svg.append(String.format(Locale.ROOT, "<rect class=\"fill-%s\" x=\"%.1f\" y=\"0\" width=\"%.1f\" height=\"28\">"
                        + "<title>%s %s</title></rect>", classes[i], x, width, count(parts[i]), names[i]));
            }
            x += width;
        }
        return svg.append("</svg>\n").toString();
    }

    private static void writeChanges(Writer out, RunSummary s, Aggregates a) throws IOException {
        RunChanges c = s.changesSincePreviousRun();
        StringBuilder html = new StringBuilder();
        html.append("<section aria-labelledby=\"changes\">\n<h2 id=\"changes\">Changes since the previous run</h2>\n");
        if (c.previousRunId() == null) {
            html.append("<p>This is the first completed run of job <strong>").append(escape(s.job()))
                    .append("</strong>: there is nothing to compare with.</p>\n</section>\n");
            out.write(html.toString());
            return;
        }
        html.append("<p>Compared with run <strong>").append(c.previousRunId()).append("</strong>, the previous completed run of job <strong>")
                .append(escape(s.job())).append("</strong>: <strong data-change=\"new\">").append(count(c.newFindings()))
                .append("</strong> new findings, <strong data-change=\"resolved\">").append(count(c.resolvedFindings()))
                .append("</strong> resolved, over the claims both runs screened (a finding is the same finding when its claim id,"
                        + " line and rule are); <strong data-change=\"not-rescreened\">").append(count(c.notRescreened()))
                .append("</strong> of that run's claims were not screened again, so their findings are neither.</p>\n");
        TreeSet<String> rules = new TreeSet<>(c.newByRule().keySet());
        rules.addAll(c.resolvedByRule().keySet());
        if (!rules.isEmpty()) {
            html.append("<div class=\"scroll\"><table class=\"compact\">\n<caption>New and resolved findings by rule</caption>\n")
                    .append("<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\" class=\"num\">New</th>")
                    .append("<th scope=\"col\" class=\"num\">Resolved</th></tr></thead>\n<tbody>\n");
            for (String rule : rules) {
                html.append("<tr><th scope=\"row\">").append(ruleLabel(a, rule)).append("</th>");
                tdNum(html, count(c.newByRule().getOrDefault(rule, 0L)));
                tdNum(html, count(c.resolvedByRule().getOrDefault(rule, 0L)));
                html.append("</tr>\n");
            }
            html.append("</tbody>\n</table></div>\n");
        }
        html.append("</section>\n");
        out.write(html.toString());
    }

    private static void writeCharts(Writer out, RunSummary s, Aggregates a) throws IOException {
        StringBuilder html = new StringBuilder();
        html.append("<section aria-labelledby=\"charts\">\n<h2 id=\"charts\">Where the dollars are</h2>\n");
        if (a.findings == 0) {
            html.append("<p>This run has no findings.</p>\n</section>\n");
            out.write(html.toString());
            return;
        }
        html.append("<p>Each chart divides the ").append(dollars(Money.ofCents(a.countedCents)))
                .append(" at risk: every flagged line is counted once, under its most severe DENY or REVIEW finding")
                .append(" (findings.csv's <code>counts_toward_total</code>); INFO findings risk nothing and are not")
                .append(" charted. Select a bar to show its findings in the table.</p>\n");
        html.append("<div class=\"charts\">\n");
        chart(html, "chart-rule-dollars", "Dollars at risk by rule", "rule", a.centsByRule, a::ruleLabel, true);
        chart(html, "chart-provider-dollars", "Dollars at risk by rendering provider", "provider", a.centsByProvider,
                a::providerLabel, true);
        chart(html, "chart-payer-dollars", "Dollars at risk by payer type", "payer", a.centsByPayer, k -> k, false);
        chart(html, "chart-severity-dollars", "Dollars at risk by severity", "severity", a.centsBySeverity, k -> k, false);
        chart(html, "chart-liable-dollars", "Dollars at risk by who would pay", "liable", a.centsByLiable, k -> k, false);
        html.append("</div>\n");
        html.append("<details class=\"chart-data\"><summary>The charts' numbers as tables</summary>\n");
        html.append("<div class=\"scroll\"><table class=\"compact\">\n<caption>Findings and counted dollars at risk by rule")
                .append(" (a line flagged by several rules is counted under its most severe one)</caption>\n<thead><tr>")
                .append("<th scope=\"col\">Rule</th><th scope=\"col\" class=\"num\">Findings</th>")
                .append("<th scope=\"col\" class=\"num\">Counted dollars at risk</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, Long> e : a.findingsByRule.entrySet()) {
            html.append("<tr><th scope=\"row\">").append(ruleLabel(a, e.getKey())).append("</th>");
            tdNum(html, count(e.getValue()));
            tdNum(html, dollars(Money.ofCents(a.centsByRule.getOrDefault(e.getKey(), 0L))));
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table></div>\n");
        html.append("<div class=\"scroll\"><table class=\"compact\">\n<caption>Counted dollars at risk by rendering provider")
                .append("</caption>\n<thead><tr><th scope=\"col\">Provider</th><th scope=\"col\">NPI</th>")
                .append("<th scope=\"col\" class=\"num\">Dollars at risk</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, Long> e : a.centsByProvider.entrySet()) {
            html.append("<tr><th scope=\"row\">").append(escape(a.providerNames.getOrDefault(e.getKey(), DASH)))
                    .append("</th><td><code>").append(escape(e.getKey())).append("</code></td>");
            tdNum(html, dollars(Money.ofCents(e.getValue())));
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table></div>\n</details>\n</section>\n");
        out.write(html.toString());
    }

    /**
     * A horizontal bar chart of counted dollars: the largest {@link #CHART_BARS} values as buttons
     * that filter the findings table, then the rest summed in one row without a bar. The figure
     * carries its total ({@code data-total}, cents) and every row its value ({@code data-value}),
     * so a test can add the bars up; the bars are inline SVG, sized by the page, not fixed.
     *
     * @param filter the findings table's filter a bar sets ({@code rule}, {@code provider}, ...)
     * @param showKey whether the label carries the key in small type beside the title or name
     */
    private static void chart(StringBuilder html, String id, String title, String filter, Map<String, Long> data,
            java.util.function.UnaryOperator<String> label, boolean showKey) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(data.entrySet());
        entries.removeIf(e -> e.getValue() == 0);
        entries.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey));
        long total = entries.stream().mapToLong(Map.Entry::getValue).sum();
        boolean others = entries.size() > CHART_BARS + 1;
        List<Map.Entry<String, Long>> bars = others ? entries.subList(0, CHART_BARS) : entries;
        long max = Math.max(1, bars.stream().mapToLong(Map.Entry::getValue).max().orElse(1));
        html.append("<figure class=\"chart\" id=\"").append(id).append("\" data-filter=\"").append(filter)
                .append("\" data-total=\"").append(total).append("\">\n<figcaption>").append(escape(title))
                .append(" <span class=\"muted\">").append(dollars(Money.ofCents(total))).append(" in all</span></figcaption>\n");
        if (entries.isEmpty()) {
            html.append("<p class=\"muted\">No dollars at risk.</p>\n</figure>\n");
            return;
        }
        html.append("<ol class=\"bars\">\n");
        for (Map.Entry<String, Long> e : bars) {
            String key = e.getKey();
            String name = label.apply(key);
            String amount = dollars(Money.ofCents(e.getValue()));
            double width = Math.max(0.5, 100.0 * e.getValue() / max);
            html.append("<li><button type=\"button\" class=\"bar-row\" data-filter=\"").append(filter)
                    .append("\" data-key=\"").append(escape(key)).append("\" data-value=\"").append(e.getValue())
                    .append("\" title=\"").append(escape(key.equals(name) ? key : name + " (" + key + ")"))
                    .append("\" aria-label=\"").append(escape(name + (showKey && !key.equals(name) ? " " + key : "")
                            + ": " + amount + "; show these findings")).append("\"><span class=\"bar-label\">")
                    .append(escape(name));
            if (showKey && !key.equals(name)) {
                html.append(" <code class=\"rule-id\">").append(escape(key)).append("</code>");
            }
            html.append("</span><svg class=\"bar-track\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" ")
                    .append("aria-hidden=\"true\" focusable=\"false\">")
                    .append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"0\" y=\"0\" width=\"%.2f\" height=\"10\"></rect>", width))
                    .append("</svg><span class=\"bar-value\">").append(amount).append("</span></button></li>\n");
        }
        if (others) {
            long rest = entries.subList(CHART_BARS, entries.size()).stream().mapToLong(Map.Entry::getValue).sum();
            html.append("<li class=\"others\" data-value=\"").append(rest).append("\"><span class=\"bar-label\">")
                    .append(count(entries.size() - CHART_BARS)).append(" others</span><span class=\"bar-value\">")
                    .append(dollars(Money.ofCents(rest))).append(" in all (not to scale)</span></li>\n");
        }
        html.append("</ol>\n</figure>\n");
    }

    private static void writeFindingsShell(Writer out, Aggregates a) throws IOException {
        StringBuilder html = new StringBuilder();
        html.append("<section aria-labelledby=\"findings-heading\">\n<h2 id=\"findings-heading\">Findings</h2>\n");
        if (a.findings == 0) {
            html.append("<p>This run has no findings.</p>\n</section>\n");
            out.write(html.toString());
            return;
        }
        html.append("<p>").append(count(a.findings)).append(" findings. Filter and sort them here; select a claim id ")
                .append("to see all of the claim's lines and findings. findings.csv has every finding too.</p>\n");
        html.append("<noscript><p class=\"note\">The findings table needs JavaScript; findings.csv has every finding.</p></noscript>\n");
        html.append("<form class=\"controls\" id=\"filters\" role=\"search\" aria-label=\"Filter findings\" hidden>\n");
        select(html, "filter-rule", "Rule", a.findingsByRule.keySet(), a::ruleLabel);
        List<String> severities = new ArrayList<>(SummaryJsonWriter.SEVERITIES);
        severities.retainAll(a.severities);
        a.severities.stream().filter(severity -> !severities.contains(severity)).forEach(severities::add);
        select(html, "filter-severity", "Severity", severities, k -> k);
        select(html, "filter-provider", "Provider", a.providers, a::providerLabel);
        select(html, "filter-payer", "Payer type", a.payerTypes, k -> k);
        select(html, "filter-liable", "Who would pay", a.liables, k -> k);
        html.append("<div class=\"field\"><label for=\"filter-counted\">Counted in the total</label>")
                .append("<select id=\"filter-counted\"><option value=\"\">All</option>")
                .append("<option value=\"Y\">Counted (Y)</option><option value=\"N\">Not counted (N)</option>")
                .append("</select></div>\n");
        html.append("<div class=\"field grow\"><label for=\"filter-text\">Text</label>")
                .append("<input type=\"search\" id=\"filter-text\" placeholder=\"claim, code, message, policy\u2026\" ")
                .append("autocomplete=\"off\"></div>\n")
                .append("<div class=\"field\"><button type=\"reset\" id=\"filter-reset\">Clear filters</button></div>\n")
                .append("<div class=\"field\"><button type=\"button\" id=\"download-csv\">Download this view as CSV</button></div>\n")
                .append("</form>\n");
        html.append("<p id=\"filter-count\" role=\"status\" aria-live=\"polite\"></p>\n");
        html.append("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"findings-caption\">")
                .append("<table id=\"findings\" hidden>\n<caption id=\"findings-caption\">Findings, one page at a time ")
                .append("(select a column header to sort)</caption>\n<thead><tr>");
        for (String[] column : FINDING_COLUMNS) {
            html.append("<th scope=\"col\" data-key=\"").append(column[0]).append('"')
                    .append("num".equals(column[2]) ? " class=\"num\"" : "").append("><button type=\"button\">")
                    .append(column[1]).append("</button></th>");
        }
        html.append("</tr></thead>\n<tbody></tbody>\n</table></div>\n");
        html.append("<nav class=\"pager\" id=\"pager\" aria-label=\"Findings pages\" hidden>")
                .append("<button type=\"button\" id=\"page-first\">First</button>")
                .append("<button type=\"button\" id=\"page-prev\">Previous</button>")
                .append("<span id=\"page-info\"></span>")
                .append("<button type=\"button\" id=\"page-next\">Next</button>")
                .append("<button type=\"button\" id=\"page-last\">Last</button>")
                .append("<label for=\"page-size\">Rows per page</label><select id=\"page-size\">")
                .append("<option>25</option><option selected>50</option><option>100</option><option>250</option>")
                .append("</select></nav>\n</section>\n");
        out.write(html.toString());
    }

    /** key (as the script names it), header label, type. */
    private static final String[][] FINDING_COLUMNS = {
        {"claim", "Claim", "text"}, {"line", "Line", "num"}, {"date", "Date", "text"}, {"code", "Code", "text"},
        {"rule", "Rule", "text"}, {"severity", "Severity", "text"}, {"message", "Message", "text"},
        {"denial", "Denial", "text"}, {"liable", "Liable", "text"}, {"risk", "At risk", "num"},
        {"patient", "Patient est.", "num"}, {"provider", "Provider", "text"}, {"payer", "Payer type", "text"},
        {"counted", "Counted", "text"},
    };

    /** A filter's choices: the value is the key (a rule id, an NPI), the text its title or name with the key. */
    private static void select(StringBuilder html, String id, String label, Iterable<String> values,
            java.util.function.UnaryOperator<String> text) {
        html.append("<div class=\"field\"><label for=\"").append(id).append("\">").append(escape(label))
                .append("</label><select id=\"").append(id).append("\"><option value=\"\">All</option>");
        for (String value : values) {
            String shown = text.apply(value);
            html.append("<option value=\"").append(escape(value)).append("\">")
                    .append(escape(shown.equals(value) ? value : shown + " (" + value + ")")).append("</option>");
        }
        html.append("</select></div>\n");
    }

    private static void writeDialog(Writer out) throws IOException {
        out.write("""
                <dialog id="claim-dialog" aria-labelledby="claim-title">
                <div class="dialog-head"><h2 id="claim-title">Claim</h2>
                <button type="button" id="claim-close" aria-label="Close the claim">Close</button></div>
                <p id="claim-facts"></p>
                <h3>Lines</h3>
                <div class="scroll"><table id="claim-lines"><caption class="visually-hidden">The claim's lines as read</caption>
                <thead><tr><th scope="col">Line</th><th scope="col">File line</th><th scope="col">Date</th>
                <th scope="col">POS</th><th scope="col">Code</th><th scope="col">Modifiers</th><th scope="col" class="num">Units</th>
                <th scope="col" class="num">Minutes</th><th scope="col" class="num">Charge</th><th scope="col">Diagnoses</th>
                <th scope="col">Pointers</th><th scope="col">Rendering NPI</th><th scope="col">Taxonomy</th>
                <th scope="col">Supervising NPI</th><th scope="col">Referring NPI</th><th scope="col">Plan of care</th>
                <th scope="col">ABN</th><th scope="col">LMN</th></tr></thead><tbody></tbody></table></div>
                <h3>Findings</h3>
                <ol id="claim-findings" class="claim-findings"></ol>
                </dialog>
                """);
    }

    private static void writeRejects(Writer out, Iterable<RejectRow> rejects) throws IOException {
        StringBuilder rows = new StringBuilder();
        Iterator<RejectRow> iterator = rejects.iterator();
        long shown = 0;
        while (shown < MAX_TABLE_ROWS && iterator.hasNext()) {
            RejectRow r = iterator.next();
            rows.append("<tr>");
            td(rows, r.file());
            tdNum(rows, count(r.line()));
            td(rows, r.claimId());
            td(rows, r.column());
            td(rows, r.reason());
            rows.append("</tr>\n");
            shown++;
        }
        long total = shown + countRest(iterator);

        out.write("<section aria-labelledby=\"rejects-heading\">\n<h2 id=\"rejects-heading\">Rejects</h2>\n");
        if (total == 0) {
            out.write("<p>Nothing was rejected: every line of the input could be read.</p>\n</section>\n");
            return;
        }
        if (shown < total) {
            out.write("<p class=\"note\" role=\"note\"><strong>Showing " + count(shown) + " of " + count(total)
                    + " rejects; rejects.csv has all.</strong></p>\n");
        }
        out.write("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"rejects-caption\">");
        out.write("<table id=\"rejects\">\n<caption id=\"rejects-caption\">");
        out.write("Input that could not be screened, where to find it and why; its claims are neither clean nor held"
                + "</caption>\n<thead><tr><th scope=\"col\">File</th><th scope=\"col\" class=\"num\">Line</th>"
                + "<th scope=\"col\">Claim</th><th scope=\"col\">Column</th><th scope=\"col\">Reason</th></tr></thead>\n<tbody>\n");
        out.write(rows.toString());
        out.write("</tbody>\n</table></div>\n</section>\n");
    }

    /**
     * "837P transactions": the 999-style summary of each transaction read (x12-acknowledgements.csv
     * has the same), only in the report of a run that read an 837P input. Control numbers, counts
     * and reasons: no member data. On a phone the rows become cards, as the worklist's.
     */
    private static void writeTransactions(Writer out, List<X12Transaction> transactions) throws IOException {
        if (transactions == null) {
            return;
        }
        StringBuilder html = new StringBuilder();
        html.append("<section aria-labelledby=\"x12-heading\">\n<h2 id=\"x12-heading\">837P transactions</h2>\n");
        if (transactions.isEmpty()) {
            html.append("<p>No 837P transaction could be read.</p>\n</section>\n");
            out.write(html.toString());
            return;
        }
        long[] byCode = new long[X12Transaction.Code.values().length];
        transactions.forEach(t -> byCode[t.code().ordinal()]++);
        html.append("<p>").append(count(transactions.size())).append(transactions.size() == 1 ? " transaction" : " transactions")
                .append(" read, acknowledged as a 999 would: ");
        List<String> parts = new ArrayList<>();
        for (X12Transaction.Code code : X12Transaction.Code.values()) {
            parts.add(count(byCode[code.ordinal()]) + " " + code.label() + " (" + code.name() + ")");
        }
        html.append(String.join(", ", parts)).append(".</p>\n");
        html.append("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"x12-caption\">")
                .append("<table id=\"x12-table\">\n<caption id=\"x12-caption\">Each transaction (ST..SE) of the 837P")
                .append(" inputs: its control numbers, its acknowledgement and what became of its claims</caption>\n")
                .append("<thead><tr><th scope=\"col\">File</th><th scope=\"col\">ISA13 / GS06 / ST02</th>")
                .append("<th scope=\"col\">Acknowledgement</th><th scope=\"col\" class=\"num\">Accepted</th>")
                .append("<th scope=\"col\" class=\"num\">Rejected</th><th scope=\"col\" class=\"num\">Not screened</th>")
                .append("<th scope=\"col\">First error</th></tr></thead>\n<tbody>\n");
        for (X12Transaction t : transactions) {
            X12Transaction.Code code = t.code();
            html.append("<tr data-ack=\"").append(code.name()).append("\">");
            html.append("<td data-label=\"File\">").append(escape(t.file())).append(" <span class=\"muted\">segments ")
                    .append(count(t.stSegment())).append("\u2013")
                    .append(t.seSegment() == null ? "?" : count(t.seSegment())).append("</span></td>");
            html.append("<td data-label=\"ISA13 / GS06 / ST02\"><code>").append(escape(t.isa13())).append(" / ")
                    .append(escape(t.gs06())).append(" / ").append(escape(t.st02())).append("</code></td>");
            html.append("<td data-label=\"Acknowledgement\"><span class=\"badge ")
                    .append(switch (code) {
                        case A -> "badge-accepted";
                        case E -> "badge-review";
                        case R -> "badge-deny";
                    })
                    .append("\">").append(code.name()).append("</span> ").append(escape(code.label())).append("</td>");
            html.append("<td class=\"num\" data-label=\"Accepted\">").append(count(t.claimsAccepted())).append("</td>");
            html.append("<td class=\"num\" data-label=\"Rejected\">").append(count(t.claimsRejected())).append("</td>");
            html.append("<td class=\"num\" data-label=\"Not screened\">").append(count(t.claimsNotScreened()))
                    .append("</td>");
            html.append("<td class=\"reason\" data-label=\"First error\">")
                    .append(t.firstError() == null ? DASH : escape(t.firstError())).append("</td>");
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table></div>\n</section>\n");
        out.write(html.toString());
    }

    private static void writeRun(Writer out, RunSummary s) throws IOException {
        StringBuilder html = new StringBuilder();
        html.append("<section aria-labelledby=\"run\">\n<h2 id=\"run\">The run</h2>\n<dl class=\"facts\">\n");
        fact(html, "Run", Long.toString(s.runId()));
        fact(html, "Job", escape(s.job()));
        fact(html, "Status", escape(s.status()));
        fact(html, "Claims as of", s.asOf() == null ? DASH : escape(s.asOf().toString()));
        fact(html, "Rule pack", escape(s.rulePackId()) + " <span class=\"muted\">version</span> "
                + escape(s.rulePackVersion()));
        fact(html, "Started", time(s.startedAt()));
        fact(html, "Finished", time(s.finishedAt()));
        html.append("</dl>\n");
        List<RunSummary.InputFile> inputs = s.inputs() == null ? List.of() : s.inputs();
        html.append("<div class=\"scroll\"><table id=\"inputs\">\n<caption>Inputs</caption>\n<thead><tr>");
        for (String column : List.of("File", "Format", "SHA-256", "Lines", "Status", "Problem")) {
            html.append("<th scope=\"col\"").append("Lines".equals(column) ? " class=\"num\"" : "").append('>')
                    .append(column).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (RunSummary.InputFile input : inputs) {
            html.append("<tr>");
            td(html, input.file());
            td(html, input.format());
            html.append("<td><code class=\"sha\">").append(escape(input.sha256())).append("</code></td>");
            tdNum(html, count(input.lines()));
            td(html, input.status());
            td(html, input.problem());
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table></div>\n</section>\n");
        out.write(html.toString());
    }

    // ------------------------------------------------------------------ helpers

    /**
     * Text as HTML, safe in element content and in quoted attribute values: escapes
     * {@code & < > " '}. {@code null} is the empty string.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                if (replacement != null) {
                    escaped.append(replacement);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    private static long countRest(Iterator<?> iterator) {
        long rest = 0;
        while (iterator.hasNext()) {
            iterator.next();
            rest++;
        }
        return rest;
    }

    private static void fact(StringBuilder html, String term, String escapedValue) {
        html.append("<div><dt>").append(term).append("</dt><dd>").append(escapedValue).append("</dd></div>\n");
    }

    private static void tile(StringBuilder html, String metric, String term, String value, String hint, String tone) {
        html.append("<div class=\"tile").append(tone.isEmpty() ? "" : " tone-" + tone).append("\" data-metric=\"")
                .append(metric).append("\"><dt>").append(term).append("</dt><dd><span class=\"value\">").append(value)
                .append("</span><span class=\"hint\">").append(escape(hint)).append("</span></dd></div>\n");
    }

    private static void td(StringBuilder html, String text) {
        html.append("<td>").append(escape(text)).append("</td>");
    }

    /** A right-aligned cell for text we formatted ourselves (numbers, amounts). */
    private static void tdNum(StringBuilder html, String formatted) {
        html.append("<td class=\"num\">").append(escape(formatted)).append("</td>");
    }

    private static String badge(String severity) {
        String kind = severity == null ? "other" : switch (severity) {
            case "DENY" -> "deny";
            case "REVIEW" -> "review";
            case "INFO" -> "info";
            default -> "other";
        };
        return "<span class=\"badge badge-" + kind + "\">" + escape(severity) + "</span>";
    }

    private static String time(Instant instant) {
        return instant == null ? DASH : TIME.format(instant);
    }

    private static String count(long n) {
        return String.format(Locale.US, "%,d", n);
    }

    private static String dollars(Money money) {
        if (money == null) {
            return DASH;
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        return "$" + format.format(money.toBigDecimal());
    }

    /** Reads a classpath resource of this package as text (the page's CSS and script). */
    private static String resource(String name) {
        try (var in = HtmlReportWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            try (BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
                StringBuilder text = new StringBuilder();
                reader.lines().forEach(line -> text.append(line).append('\n'));
                return text.toString();
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + name, e);
        }
    }

    private static final String CSS = resource("report.css");

    private static final String SCRIPT = resource("report.js");
}
