package org.claimscreen.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.claimscreen.claim.Money;

/**
 * Writes report.html (outputs.md): one self-contained page for auditors, with no network access
 * needed (inline CSS and a little vanilla JS, system fonts). It shows the run, the headline
 * numbers, findings by rule, the findings table (filter by text and severity, click a column
 * header to sort) and the rejects table. Without JavaScript, and in print, it is a plain document.
 *
 * <p>Every text that comes from the input or the summary is HTML-escaped, in element content and
 * in attributes alike: a claim id {@code <script>} shows as text. To keep big runs usable in a
 * browser, the findings and rejects tables hold at most {@link #MAX_TABLE_ROWS} rows and say so
 * above the table; the CSV files have everything. The rows for the tables are buffered (at most
 * {@code MAX_TABLE_ROWS}); the rest is only counted, so memory stays bounded.
 */
public final class HtmlReportWriter {

    /** The most rows the findings table (and the rejects table) shows. */
    public static final int MAX_TABLE_ROWS = 5_000;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private static final String DASH = "\u2014";

    /** Writes {@code target} atomically. */
    public void write(Path target, RunSummary summary, Iterable<FindingRow> findings, Iterable<RejectRow> rejects)
            throws IOException {
        AtomicFile.write(target, out -> write(out, summary, findings, rejects));
    }

    /** Writes the page to {@code out} (not closed). */
    public void write(Writer out, RunSummary summary, Iterable<FindingRow> findings, Iterable<RejectRow> rejects)
            throws IOException {
        String title = "claimscreen report \u2014 run " + summary.runId();
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<title>" + escape(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n<main>\n");
        out.write("<h1>" + escape(title) + "</h1>\n");
        writeRun(out, summary);
        writeHeadline(out, summary);
        writeByRule(out, summary);
        writeFindings(out, findings);
        writeRejects(out, rejects);
        out.write("</main>\n<script>\n" + SCRIPT + "</script>\n</body>\n</html>\n");
    }

    private static void writeRun(Writer out, RunSummary s) throws IOException {
        StringBuilder html = new StringBuilder();
        html.append("<section aria-labelledby=\"run\">\n<h2 id=\"run\">The run</h2>\n<dl class=\"facts\">\n");
        fact(html, "Job", escape(s.job()));
        fact(html, "Status", escape(s.status()));
        fact(html, "As of", s.asOf() == null ? DASH : escape(s.asOf().toString()));
        fact(html, "Rule pack", escape(s.rulePackId()) + " <span class=\"muted\">version</span> "
                + escape(s.rulePackVersion()));
        fact(html, "Started", time(s.startedAt()));
        fact(html, "Finished", time(s.finishedAt()));
        html.append("</dl>\n");
        List<RunSummary.InputFile> inputs = s.inputs() == null ? List.of() : s.inputs();
        html.append("<div class=\"scroll\"><table>\n<caption>Inputs</caption>\n<thead><tr>");
        for (String column : List.of("File", "Format", "SHA-256", "Lines", "Status", "Problem")) {
            html.append("<th scope=\"col\">").append(column).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (RunSummary.InputFile input : inputs) {
            html.append("<tr>");
            td(html, input.file());
            td(html, input.format());
            String sha = input.sha256() == null ? "" : input.sha256();
            html.append("<td><code title=\"").append(escape(sha)).append("\">")
                    .append(escape(sha.length() > 12 ? sha.substring(0, 12) + "\u2026" : sha))
                    .append("</code></td>");
            tdNum(html, count(input.lines()));
            td(html, input.status());
            td(html, input.problem());
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table></div>\n</section>\n");
        out.write(html.toString());
    }

    private static void writeHeadline(Writer out, RunSummary s) throws IOException {
        StringBuilder html = new StringBuilder();
        html.append("<section aria-labelledby=\"headline\">\n<h2 id=\"headline\">Headline numbers</h2>\n");
        html.append("<dl class=\"tiles\">\n");
        tile(html, "Claims read", count(s.claimsRead()), "");
        tile(html, "Clean", count(s.claimsClean()), "ready to submit");
        tile(html, "Held", count(s.claimsHeld()), "a DENY or REVIEW finding");
        tile(html, "Rejected", count(s.claimsRejected()), "see rejects");
        tile(html, "Not screened", count(s.claimsNotScreened()), "");
        tile(html, "Lines flagged", count(s.linesFlagged()), "of " + count(s.linesRead()) + " lines read");
        tile(html, "Dollars at risk", dollars(s.amountAtRisk()), "the payer would not pay");
        tile(html, "Patient estimate", dollars(s.patientEstimateTotal()), "the patient would likely owe");
        html.append("</dl>\n<p class=\"severities\">Findings by severity: ");
        SummaryJsonWriter.bySeverity(s.findingsBySeverity()).forEach((severity, n) ->
                html.append(badge(severity)).append(' ').append(count(n)).append(" &nbsp; "));
        html.append("</p>\n</section>\n");
        out.write(html.toString());
    }

    private static void writeByRule(Writer out, RunSummary s) throws IOException {
        Map<String, Long> counts = s.findingsByRule() == null ? Map.of() : s.findingsByRule();
        Map<String, Money> amounts = s.amountAtRiskByRule() == null ? Map.of() : s.amountAtRiskByRule();
        TreeSet<String> rules = new TreeSet<>(counts.keySet());
        rules.addAll(amounts.keySet());
        List<String> ordered = new ArrayList<>(rules);
        ordered.sort(Comparator.comparing((String rule) -> cents(amounts.get(rule))).reversed()
                .thenComparing(rule -> counts.getOrDefault(rule, 0L), Comparator.reverseOrder()));
        long most = ordered.stream().mapToLong(rule -> cents(amounts.get(rule))).max().orElse(0);

        StringBuilder html = new StringBuilder();
        html.append("<section aria-labelledby=\"by-rule\">\n<h2 id=\"by-rule\">Findings by rule</h2>\n");
        if (ordered.isEmpty()) {
            html.append("<p>No rule found anything in this run.</p>\n</section>\n");
            out.write(html.toString());
            return;
        }
        html.append("<div class=\"scroll\"><table class=\"by-rule\">\n")
                .append("<caption>Findings and dollars at risk per rule, most dollars first</caption>\n")
                .append("<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\" class=\"num\">Findings</th>")
                .append("<th scope=\"col\" class=\"num\">Amount at risk</th>")
                .append("<th scope=\"col\"><span class=\"visually-hidden\">Share of dollars at risk</span></th>")
                .append("</tr></thead>\n<tbody>\n");
        for (String rule : ordered) {
            long amount = cents(amounts.get(rule));
            long percent = most == 0 ? 0 : Math.round(100.0 * amount / most);
            html.append("<tr><th scope=\"row\"><code>").append(escape(rule)).append("</code></th>");
            tdNum(html, count(counts.getOrDefault(rule, 0L)));
            tdNum(html, dollars(amounts.get(rule)));
            html.append("<td class=\"bar-cell\" aria-hidden=\"true\"><span class=\"bar\" style=\"width:")
                    .append(percent).append("%\"></span></td></tr>\n");
        }
        html.append("</tbody>\n<tfoot><tr><th scope=\"row\">All rules</th>");
        tdNum(html, count(counts.values().stream().mapToLong(n -> n == null ? 0 : n).sum()));
        tdNum(html, dollars(s.amountAtRisk()));
        html.append("<td></td></tr></tfoot>\n</table></div>\n</section>\n");
        out.write(html.toString());
    }

    private static void writeFindings(Writer out, Iterable<FindingRow> findings) throws IOException {
        StringBuilder rows = new StringBuilder();
        Iterator<FindingRow> iterator = findings.iterator();
        long shown = 0;
        while (shown < MAX_TABLE_ROWS && iterator.hasNext()) {
            findingRow(rows, iterator.next());
            shown++;
        }
        long total = shown + countRest(iterator);

        out.write("<section aria-labelledby=\"findings-heading\">\n");
        out.write("<h2 id=\"findings-heading\">Findings</h2>\n");
        if (total == 0) {
            out.write("<p>This run has no findings.</p>\n</section>\n");
            return;
        }
        if (shown < total) {
            out.write("<p class=\"note\" role=\"note\"><strong>Showing " + count(shown) + " of " + count(total)
                    + " findings; findings.csv has all.</strong></p>\n");
        }
        out.write("""
                <div class="controls" hidden>
                <label for="filter-text">Filter</label>
                <input type="search" id="filter-text" placeholder="claim, code, rule, text\u2026" autocomplete="off">
                <label for="filter-severity">Severity</label>
                <select id="filter-severity">
                <option value="">All</option><option value="DENY">DENY</option><option value="REVIEW">REVIEW</option><option value="INFO">INFO</option>
                </select>
                <span id="filter-count" role="status" aria-live="polite"></span>
                </div>
                """);
        out.write("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"findings-caption\">");
        out.write("<table id=\"findings\" class=\"sortable\">\n<caption id=\"findings-caption\">");
        out.write(shown < total ? "The first " + count(shown) + " findings" : "All " + count(total) + " findings");
        out.write(" (select a column header to sort)</caption>\n<thead><tr>");
        for (String[] column : FINDING_COLUMNS) {
            sortableHeader(out, column[0], column[1]);
        }
        out.write("</tr></thead>\n<tbody>\n");
        out.write(rows.toString());
        out.write("</tbody>\n</table></div>\n</section>\n");
    }

    private static final String[][] FINDING_COLUMNS = {
        {"Claim", "text"}, {"Line", "num"}, {"Member", "text"}, {"Date", "text"}, {"Code", "text"},
        {"Modifiers", "text"}, {"Units", "num"}, {"Charge", "num"}, {"Rule", "text"}, {"Severity", "text"},
        {"Message", "text"}, {"Denial code", "text"}, {"Liable", "text"}, {"At risk", "num"},
        {"Patient estimate", "num"}, {"Suggestion", "text"}, {"Policy", "text"},
    };

    private static void findingRow(StringBuilder html, FindingRow f) {
        html.append("<tr data-severity=\"").append(escape(f.severity())).append("\">");
        html.append("<td title=\"").append(escape(f.sourceFile())).append("\">").append(escape(f.claimId()))
                .append("</td>");
        tdNum(html, f.lineNumber() == null ? "" : f.lineNumber().toString());
        td(html, f.member());
        td(html, f.serviceDate() == null ? null : f.serviceDate().toString());
        td(html, f.procedureCode());
        td(html, f.modifiers());
        tdNum(html, f.units() == null ? "" : f.units().toString());
        tdNum(html, amount(f.chargeAmount()));
        html.append("<td><code>").append(escape(f.ruleId())).append("</code></td>");
        html.append("<td>").append(badge(f.severity())).append("</td>");
        td(html, f.message());
        td(html, f.denialCode());
        td(html, f.liable());
        tdNum(html, amount(f.amountAtRisk()));
        tdNum(html, amount(f.patientEstimate()));
        td(html, f.suggestion());
        td(html, f.policy());
        html.append("</tr>\n");
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
        out.write("<table id=\"rejects\" class=\"sortable\">\n<caption id=\"rejects-caption\">");
        out.write("Input that could not be screened, where to find it and why</caption>\n<thead><tr>");
        sortableHeader(out, "File", "text");
        sortableHeader(out, "Line", "num");
        sortableHeader(out, "Claim", "text");
        sortableHeader(out, "Column", "text");
        sortableHeader(out, "Reason", "text");
        out.write("</tr></thead>\n<tbody>\n");
        out.write(rows.toString());
        out.write("</tbody>\n</table></div>\n</section>\n");
    }

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

    private static long countRest(Iterator<?> iterator) {
        long rest = 0;
        while (iterator.hasNext()) {
            iterator.next();
            rest++;
        }
        return rest;
    }

    private static void sortableHeader(Writer out, String label, String type) throws IOException {
        out.write("<th scope=\"col\" data-type=\"" + type + "\"" + ("num".equals(type) ? " class=\"num\"" : "")
                + "><button type=\"button\">" + label + "</button></th>");
    }

    private static void fact(StringBuilder html, String term, String escapedValue) {
        html.append("<div><dt>").append(term).append("</dt><dd>").append(escapedValue).append("</dd></div>\n");
    }

    private static void tile(StringBuilder html, String term, String value, String hint) {
        html.append("<div><dt>").append(term).append("</dt><dd><span class=\"value\">").append(value)
                .append("</span>");
        if (!hint.isEmpty()) {
            html.append("<span class=\"hint\">").append(hint).append("</span>");
        }
        html.append("</dd></div>\n");
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

    private static long cents(Money money) {
        return money == null ? 0 : money.cents();
    }

    private static String amount(Money money) {
        return money == null ? "" : money.toString();
    }

    private static String dollars(Money money) {
        if (money == null) {
            return DASH;
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        return "$" + format.format(money.toBigDecimal());
    }

    private static final String CSS = """
            :root { color-scheme: light; --ink: #1d2330; --muted: #5b6475; --line: #dde1e8; --soft: #f5f7fa;
              --accent: #2f5d8a; }
            * { box-sizing: border-box; }
            body { margin: 0; color: var(--ink); background: #fff; line-height: 1.45;
              font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            main { max-width: 1400px; margin: 0 auto; padding: 24px 28px 48px; }
            h1 { font-size: 1.6rem; margin: 0 0 1rem; font-weight: 600; }
            h2 { font-size: 1.2rem; margin: 2rem 0 .75rem; padding-bottom: .3rem; border-bottom: 1px solid var(--line);
              font-weight: 600; }
            code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; }
            .muted, .hint { color: var(--muted); }
            .facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: .5rem 1.5rem;
              margin: 0 0 1rem; }
            .facts dt, .tiles dt { color: var(--muted); font-size: .85rem; }
            .facts dd { margin: 0; }
            .tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 12px; margin: 0; }
            .tiles > div { background: var(--soft); border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
            .tiles dd { margin: 0; }
            .tiles .value { display: block; font-size: 1.5rem; font-weight: 600; font-variant-numeric: tabular-nums; }
            .tiles .hint { display: block; font-size: .8rem; }
            .severities { margin-top: 1rem; }
            .scroll { overflow-x: auto; }
            /* wide findings table: let prose columns keep a readable width and scroll sideways instead */
            #findings td:nth-child(1), #findings td:nth-child(4) { white-space: nowrap; }
            #findings td:nth-child(11), #findings td:nth-child(16) { min-width: 22rem; }
            #findings td:nth-child(17) { min-width: 14rem; }
            .scroll:focus { outline: 2px solid var(--accent); outline-offset: 2px; }
            table { border-collapse: collapse; width: 100%; font-size: .88rem; margin: .25rem 0 1rem; }
            caption { text-align: left; color: var(--muted); padding: .25rem 0 .5rem; caption-side: top; }
            th, td { padding: 6px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
            thead th { background: var(--soft); border-bottom: 2px solid var(--line); white-space: nowrap; }
            tbody tr:nth-child(even) { background: #fafbfc; }
            tfoot th, tfoot td { font-weight: 600; border-top: 2px solid var(--line); }
            .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            table.by-rule { width: auto; min-width: 60%; }
            .bar-cell { width: 220px; }
            .bar { display: block; height: .7rem; background: var(--accent); opacity: .55; border-radius: 3px; min-width: 1px; }
            th button { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 0;
              cursor: pointer; }
            th button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
            th[aria-sort="ascending"] button::after { content: " \\25B2"; font-size: .7em; }
            th[aria-sort="descending"] button::after { content: " \\25BC"; font-size: .7em; }
            .badge { display: inline-block; padding: 1px 7px; border-radius: 10px; font-size: .75rem; font-weight: 600;
              letter-spacing: .02em; border: 1px solid transparent; white-space: nowrap; }
            .badge-deny { background: #fdecea; color: #a4161a; border-color: #f3b7b3; }
            .badge-review { background: #fff4d6; color: #7a4b00; border-color: #f1d28a; }
            .badge-info { background: #e8f0fa; color: #1f4e79; border-color: #b9cfe8; }
            .badge-other { background: #eef0f3; color: #3d4452; border-color: #d3d7de; }
            .note { background: #fff8e6; border: 1px solid #f1d28a; border-radius: 6px; padding: .5rem .75rem; }
            .controls[hidden] { display: none; }
            .controls { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem .75rem; margin: .5rem 0; }
            .controls input, .controls select { font: inherit; padding: 4px 8px; border: 1px solid #b8bfcc;
              border-radius: 4px; }
            .controls input { min-width: 260px; }
            #filter-count { color: var(--muted); }
            .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
              white-space: nowrap; }
            @media print {
              .controls { display: none !important; }
              main { max-width: none; padding: 0; }
              body { font-size: 10pt; }
              .scroll { overflow: visible; }
              table { font-size: 8pt; }
              thead { display: table-header-group; }
              tr { break-inside: avoid; }
              tr[hidden] { display: table-row; }
              th button::after { content: none !important; }
              .badge { border-color: currentColor; }
            }
            """;

    private static final String SCRIPT = """
            (function () {
              "use strict";
              function cellKey(row, index, numeric) {
                var text = row.cells[index].textContent.trim();
                if (!numeric) { return text.toLowerCase(); }
                var value = parseFloat(text.replace(/[$,]/g, ""));
                return isNaN(value) ? -Infinity : value;
              }
              Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
                var body = table.tBodies[0];
                var headers = table.tHead.rows[0].cells;
                Array.prototype.forEach.call(headers, function (th, index) {
                  var button = th.querySelector("button");
                  if (!button) { return; }
                  button.addEventListener("click", function () {
                    var ascending = th.getAttribute("aria-sort") !== "ascending";
                    var numeric = th.getAttribute("data-type") === "num";
                    Array.prototype.forEach.call(headers, function (other) { other.removeAttribute("aria-sort"); });
                    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
                    var keyed = Array.prototype.map.call(body.rows, function (row, position) {
                      return { row: row, key: cellKey(row, index, numeric), position: position };
                    });
                    keyed.sort(function (a, b) {
                      var order = a.key < b.key ? -1 : a.key > b.key ? 1 : a.position - b.position;
                      return ascending || a.key === b.key ? order : -order;
                    });
                    var fragment = document.createDocumentFragment();
                    keyed.forEach(function (item) { fragment.appendChild(item.row); });
                    body.appendChild(fragment);
                  });
                });
              });
              var findings = document.getElementById("findings");
              var controls = document.querySelector(".controls");
              if (!findings || !controls) { return; }
              var text = document.getElementById("filter-text");
              var severity = document.getElementById("filter-severity");
              var status = document.getElementById("filter-count");
              function apply() {
                var query = text.value.trim().toLowerCase();
                var wanted = severity.value;
                var rows = findings.tBodies[0].rows;
                var shown = 0;
                Array.prototype.forEach.call(rows, function (row) {
                  var visible = (!wanted || row.getAttribute("data-severity") === wanted)
                    && (!query || row.textContent.toLowerCase().indexOf(query) !== -1);
                  row.hidden = !visible;
                  if (visible) { shown++; }
                });
                status.textContent = shown.toLocaleString("en-US") + " of "
                  + rows.length.toLocaleString("en-US") + " rows shown";
              }
              text.addEventListener("input", apply);
              severity.addEventListener("change", apply);
              controls.hidden = false;
              apply();
            })();
            """;
}
