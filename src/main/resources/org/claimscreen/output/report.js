(function () {
  "use strict";
  // The data is JSON in <script type="application/json"> blocks: parsed, never run. Texts are put
  // into the page with textContent only, so nothing from the input can become markup.
  function json(id) {
    var element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : [];
  }
  var timings = { scriptStart: performance.now() };
  window.claimscreenTimings = timings; // read by the tests that hold the report to a time bound
  var S = json("strings-data");
  var F = json("findings-data");
  timings.parsed = performance.now();
  var L = null; // the claims' lines: parsed when the first claim is opened, not before
  function str(value) { return typeof value === "number" ? S[value] : (value == null ? "" : value); }
  // Finding columns (HtmlReportWriter.spillFindings): 0 file, 1 claim, 2 line, 3 member, 4 date,
  // 5 code, 6 modifiers, 7 units, 8 charge (cents), 9 rule, 10 severity, 11 message, 12 denial,
  // 13 liable, 14 at risk (cents), 15 patient (cents), 16 suggestion, 17 policy, 18 payer, 19 npi,
  // 20 rule title, 21 counted toward the total (1 or 0), 22 rendering name, 23 claim status,
  // 24 payer id, 25 plan id
  var F_TEXT = [0, 1, 3, 4, 5, 6, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20, 22, 23, 24, 25];
  // Line columns (writeLines): 0 file, 1 claim, 2 line, 3 file line, 4 date, 5 pos, 6 code, 7 mods,
  // 8 units, 9 minutes, 10 charge (cents), 11 diagnoses, 12 pointers, 13 npi, 14 taxonomy,
  // 15 supervising, 16 referring, 17 plan of care, 18 ABN, 19 LMN
  var L_TEXT = [0, 1, 4, 5, 6, 7, 11, 12, 13, 14, 15, 16, 17, 18, 19];
  function decode(rows, columns) {
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      for (var j = 0; j < columns.length; j++) { row[columns[j]] = str(row[columns[j]]); }
    }
  }
  decode(F, F_TEXT);
  timings.decoded = performance.now();
  function claimLines() {
    if (L === null) {
      L = json("lines-data");
      decode(L, L_TEXT);
      S = null;
    }
    return L;
  }

  var NO_PROVIDER = "(claim level)";
  var money = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
  var whole = new Intl.NumberFormat("en-US");
  function dollars(cents) { return cents == null ? "" : money.format(cents / 100); }
  function provider(row) { return row[19] || NO_PROVIDER; }
  var SEVERITY_RANK = { DENY: 0, REVIEW: 1, INFO: 2 };

  // ---- the claim dialog's data, shared by the worklist and the findings table
  var dialog = document.getElementById("claim-dialog");
  var findingsByClaim = null, linesByClaim = null, opener = null;
  function claimKey(file, claim) { return file + "\u0000" + claim; }

  var table = document.getElementById("findings");
  wireWorklist();
  wireDialog();
  if (!table) { timings.ready = performance.now(); document.documentElement.setAttribute("data-ready", "true"); return; }
  var body = table.tBodies[0];
  var form = document.getElementById("filters");
  var controls = {
    rule: document.getElementById("filter-rule"),
    severity: document.getElementById("filter-severity"),
    provider: document.getElementById("filter-provider"),
    payer: document.getElementById("filter-payer"),
    liable: document.getElementById("filter-liable"),
    counted: document.getElementById("filter-counted"),
    text: document.getElementById("filter-text")
  };
  var SELECTS = ["rule", "severity", "provider", "payer", "liable", "counted"];
  var status = document.getElementById("filter-count");
  var pager = document.getElementById("pager");
  var pageInfo = document.getElementById("page-info");
  var pageSize = document.getElementById("page-size");

  var KEYS = {
    claim: function (r) { return r[1]; }, line: function (r) { return r[2] == null ? -1 : r[2]; },
    date: function (r) { return r[4]; }, code: function (r) { return r[5]; }, rule: function (r) { return r[9]; },
    severity: function (r) { var k = SEVERITY_RANK[r[10]]; return k == null ? 9 : k; },
    message: function (r) { return r[11]; }, denial: function (r) { return r[12]; },
    liable: function (r) { return r[13]; }, risk: function (r) { return r[14] || 0; },
    patient: function (r) { return r[15] || 0; }, provider: provider, payer: function (r) { return r[18]; },
    counted: function (r) { return r[21]; }
  };

  var view = [];     // indexes into F that pass the filters, in display order
  var viewCents = 0; // the counted dollars of the view
  var page = 0;
  var sortKey = null;
  var ascending = true;
  var haystack = null;

  function search(i) {
    if (!haystack) { haystack = new Array(F.length); }
    var text = haystack[i];
    if (text === undefined) {
      var r = F[i];
      text = [r[0], r[1], r[2], r[4], r[5], r[6], r[9], r[10], r[11], r[12], r[13], r[16], r[17], r[18], r[19],
        r[20], r[22]].join("\u0001").toLowerCase();
      haystack[i] = text;
    }
    return text;
  }

  function applyFilters() {
    var rule = controls.rule.value, severity = controls.severity.value, npi = controls.provider.value,
      payer = controls.payer.value, liable = controls.liable.value, counted = controls.counted.value,
      query = controls.text.value.trim().toLowerCase();
    var wanted = counted === "Y" ? 1 : (counted === "N" ? 0 : -1);
    var result = [], cents = 0;
    for (var i = 0; i < F.length; i++) {
      var r = F[i];
      if (rule && r[9] !== rule) { continue; }
      if (severity && r[10] !== severity) { continue; }
      if (npi && provider(r) !== npi) { continue; }
      if (payer && r[18] !== payer) { continue; }
      if (liable && r[13] !== liable) { continue; }
      if (wanted !== -1 && r[21] !== wanted) { continue; }
      if (query && search(i).indexOf(query) === -1) { continue; }
      result.push(i);
      if (r[21] === 1) { cents += r[14] || 0; }
    }
    view = result;
    viewCents = cents;
    sortView();
    page = 0;
    render();
    writeHash();
    markBars();
  }

  function sortView() {
    if (!sortKey) { return; }
    var key = KEYS[sortKey];
    var direction = ascending ? 1 : -1;
    view.sort(function (a, b) {
      var x = key(F[a]), y = key(F[b]);
      if (x < y) { return -direction; }
      if (x > y) { return direction; }
      return a - b;
    });
  }

  function cell(row, text, className) {
    var td = document.createElement("td");
    td.textContent = text == null ? "" : String(text);
    if (className) { td.className = className; }
    row.appendChild(td);
    return td;
  }

  function badge(severity) {
    var span = document.createElement("span");
    var kind = { DENY: "deny", REVIEW: "review", INFO: "info" }[severity] || "other";
    span.className = "badge badge-" + kind;
    span.textContent = severity;
    return span;
  }

  /** A title (or name) with its id in small type beside it, or the id alone. */
  function labelled(parent, title, id, idClass) {
    if (title && title !== id) {
      var span = document.createElement("span");
      span.className = "rule-title";
      span.textContent = title;
      parent.appendChild(span);
      parent.appendChild(document.createTextNode(" "));
    }
    var code = document.createElement("code");
    code.className = idClass;
    code.textContent = id;
    parent.appendChild(code);
    return parent;
  }

  function row(index) {
    var r = F[index];
    var tr = document.createElement("tr");
    var claimCell = document.createElement("td");
    var open = document.createElement("button");
    open.type = "button";
    open.className = "claim-link";
    open.textContent = r[1];
    open.title = "Open claim " + r[1] + " (" + r[0] + ")";
    open.setAttribute("data-finding", String(index));
    claimCell.appendChild(open);
    tr.appendChild(claimCell);
    cell(tr, r[2], "num");
    cell(tr, r[4]);
    cell(tr, r[5] + (r[6] ? " " + r[6] : ""));
    labelled(cell(tr, "", "rule"), r[20], r[9], "rule-id");
    cell(tr, "").appendChild(badge(r[10]));
    cell(tr, r[11], "message");
    cell(tr, r[12]);
    cell(tr, r[13]);
    cell(tr, dollars(r[14]), "num");
    cell(tr, dollars(r[15]), "num");
    labelled(cell(tr, ""), r[22], provider(r), "npi");
    cell(tr, r[18]);
    cell(tr, r[21] === 1 ? "Y" : "N");
    return tr;
  }

  function render() {
    var size = parseInt(pageSize.value, 10);
    var pages = Math.max(1, Math.ceil(view.length / size));
    page = Math.min(Math.max(0, page), pages - 1);
    var start = page * size, end = Math.min(view.length, start + size);
    var fragment = document.createDocumentFragment();
    for (var p = start; p < end; p++) { fragment.appendChild(row(view[p])); }
    body.textContent = "";
    body.appendChild(fragment);
    var filtered = view.length !== F.length;
    status.setAttribute("data-rows", String(view.length));
    status.setAttribute("data-cents", String(viewCents));
    status.textContent = view.length === 0 ? "No finding matches these filters." :
      "Showing " + whole.format(start + 1) + "\u2013" + whole.format(end) + " of " + whole.format(view.length)
      + " findings" + (filtered ? " (filtered from " + whole.format(F.length) + ")" : "")
      + "; " + dollars(viewCents) + " at risk counted among them.";
    pageInfo.textContent = "Page " + whole.format(page + 1) + " of " + whole.format(pages);
    document.getElementById("page-first").disabled = page === 0;
    document.getElementById("page-prev").disabled = page === 0;
    document.getElementById("page-next").disabled = page >= pages - 1;
    document.getElementById("page-last").disabled = page >= pages - 1;
  }

  function setSort(key, up) {
    sortKey = key;
    ascending = up;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      if (th.getAttribute("data-key") === key) {
        th.setAttribute("aria-sort", up ? "ascending" : "descending");
      } else {
        th.removeAttribute("aria-sort");
      }
    });
  }

  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    th.querySelector("button").addEventListener("click", function () {
      var key = th.getAttribute("data-key");
      setSort(key, sortKey === key ? !ascending : true);
      sortView();
      page = 0;
      render();
      writeHash();
    });
  });

  // ---- the view in the address: #rule=..&severity=..&q=..&sort=risk&dir=desc, restored on load
  var writtenHash = null;
  function writeHash() {
    var params = new URLSearchParams();
    SELECTS.forEach(function (name) { if (controls[name].value) { params.set(name, controls[name].value); } });
    if (controls.text.value.trim()) { params.set("q", controls.text.value.trim()); }
    if (sortKey) { params.set("sort", sortKey); params.set("dir", ascending ? "asc" : "desc"); }
    var text = params.toString();
    if (text === "" && location.hash.indexOf("=") === -1) { return; } // leave a section anchor alone
    writtenHash = text === "" ? "" : "#" + text;
    try {
      history.replaceState(null, "", text === "" ? location.pathname + location.search : writtenHash);
    } catch (e) {
      location.replace(writtenHash === "" ? "#" : writtenHash);
    }
  }
  function readHash() {
    var hash = location.hash.replace(/^#/, "");
    if (hash.indexOf("=") === -1) { return false; }
    var params = new URLSearchParams(hash);
    SELECTS.forEach(function (name) {
      var value = params.get(name) || "";
      controls[name].value = value;
      if (controls[name].value !== value) { controls[name].value = ""; } // not a choice of this run
    });
    controls.text.value = params.get("q") || "";
    var sort = params.get("sort");
    if (sort && KEYS[sort]) { setSort(sort, params.get("dir") !== "desc"); } else { setSort(null, true); }
    return true;
  }
  window.addEventListener("hashchange", function () {
    if (location.hash !== writtenHash && readHash()) { applyFilters(); }
  });

  var typing = null;
  controls.text.addEventListener("input", function () {
    clearTimeout(typing);
    typing = setTimeout(applyFilters, 200);
  });
  SELECTS.forEach(function (name) { controls[name].addEventListener("change", applyFilters); });
  form.addEventListener("submit", function (event) { event.preventDefault(); applyFilters(); });
  form.addEventListener("reset", function () { setTimeout(applyFilters, 0); });
  pageSize.addEventListener("change", function () { page = 0; render(); });
  document.getElementById("page-first").addEventListener("click", function () { page = 0; render(); });
  document.getElementById("page-prev").addEventListener("click", function () { page--; render(); });
  document.getElementById("page-next").addEventListener("click", function () { page++; render(); });
  document.getElementById("page-last").addEventListener("click", function () { page = 1e9; render(); });

  // ---- chart bars filter the table: the bar's filter, counted findings only, so the view adds up to the bar
  var bars = document.querySelectorAll("button.bar-row");
  function markBars() {
    Array.prototype.forEach.call(bars, function (bar) {
      var name = bar.getAttribute("data-filter");
      var active = controls[name] && controls[name].value === bar.getAttribute("data-key")
        && controls.counted.value === "Y";
      bar.setAttribute("aria-pressed", active ? "true" : "false");
    });
  }
  Array.prototype.forEach.call(bars, function (bar) {
    bar.addEventListener("click", function () {
      var name = bar.getAttribute("data-filter"), key = bar.getAttribute("data-key");
      var again = bar.getAttribute("aria-pressed") === "true";
      SELECTS.forEach(function (other) { controls[other].value = ""; });
      controls.text.value = "";
      if (!again) {
        controls[name].value = key;
        controls.counted.value = "Y";
      }
      applyFilters();
      if (!again) { document.getElementById("findings-heading").scrollIntoView(); }
    });
  });

  // ---- the view as CSV: findings.csv's columns, the view's rows in its order
  var CSV_HEADER = ["run_id", "source_file", "claim_id", "line_number", "member", "service_date", "procedure_code",
    "modifiers", "units", "charge_amount", "rule_id", "severity", "message", "denial_code", "liable",
    "amount_at_risk", "patient_estimate", "suggestion", "policy", "rule_title", "payer_type", "payer_id", "plan_id",
    "rendering_npi", "rendering_name", "claim_status", "counts_toward_total"];
  function amount(cents) {
    if (cents == null) { return ""; }
    var abs = Math.abs(cents), rest = abs % 100;
    return (cents < 0 ? "-" : "") + Math.floor(abs / 100) + "." + (rest < 10 ? "0" : "") + rest;
  }
  // as findings.csv: text that a spreadsheet would run as a formula gets a leading '
  function safe(text) {
    if (text == null) { return ""; }
    text = String(text);
    return /^[=+\-@\t\r]/.test(text) ? "'" + text : text;
  }
  function quote(value) {
    return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? "\"" + value.replace(/"/g, "\"\"") + "\"" : value;
  }
  function csvOfView() {
    var runId = document.documentElement.getAttribute("data-run-id") || "";
    var out = [CSV_HEADER.join(",")];
    for (var p = 0; p < view.length; p++) {
      var r = F[view[p]];
      out.push([runId, safe(r[0]), safe(r[1]), r[2] == null ? "" : String(r[2]), safe(r[3]), safe(r[4]), safe(r[5]),
        safe(r[6]), r[7] == null ? "" : String(r[7]), amount(r[8]), safe(r[9]), safe(r[10]), safe(r[11]),
        safe(r[12]), safe(r[13]), amount(r[14]), amount(r[15]), safe(r[16]), safe(r[17]), safe(r[20]), safe(r[18]),
        safe(r[24]), safe(r[25]), safe(r[19]), safe(r[22]), safe(r[23]), r[21] === 1 ? "Y" : "N"].map(quote).join(","));
    }
    return out.join("\r\n") + "\r\n";
  }
  window.claimscreenCsv = { ofView: csvOfView, last: null }; // read by the tests
  document.getElementById("download-csv").addEventListener("click", function () {
    var text = csvOfView();
    window.claimscreenCsv.last = text;
    // the byte order mark, as findings.csv has, so spreadsheets read it as UTF-8
    var url = URL.createObjectURL(new Blob(["\uFEFF" + text], { type: "text/csv;charset=utf-8" }));
    var link = document.createElement("a");
    link.href = url;
    link.download = "findings-view.csv";
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  });

  // ---- printed, the table shows the whole view (up to a bound), not one page of it
  var PRINT_ROWS = 5000;
  window.addEventListener("beforeprint", function () {
    var fragment = document.createDocumentFragment();
    for (var p = 0; p < Math.min(view.length, PRINT_ROWS); p++) { fragment.appendChild(row(view[p])); }
    body.textContent = "";
    body.appendChild(fragment);
  });
  window.addEventListener("afterprint", render);

  // ---- the claim dialog: all lines of the claim and every finding on it
  body.addEventListener("click", function (event) {
    var button = event.target.closest("button.claim-link");
    if (button) {
      var r = F[parseInt(button.getAttribute("data-finding"), 10)];
      openClaim(r[0], r[1], button);
    }
  });

  form.hidden = false;
  pager.hidden = false;
  table.hidden = false;
  if (readHash()) {
    applyFilters();
  } else {
    view = F.map(function (_, i) { return i; });
    viewCents = 0;
    for (var c = 0; c < F.length; c++) { if (F[c][21] === 1) { viewCents += F[c][14] || 0; } }
    render();
    markBars();
  }
  timings.ready = performance.now();
  document.documentElement.setAttribute("data-ready", "true");

  // ------------------------------------------------------------------ functions hoisted above

  function wireWorklist() {
    var worklist = document.getElementById("worklist-table");
    if (!worklist) { return; }
    worklist.addEventListener("click", function (event) {
      var button = event.target.closest("button.claim-link");
      if (button) { openClaim(button.getAttribute("data-file"), button.getAttribute("data-claim"), button); }
    });
  }
  function wireDialog() {
    if (!dialog) { return; }
    document.getElementById("claim-close").addEventListener("click", function () { dialog.close(); });
    dialog.addEventListener("close", function () {
      document.body.classList.remove("claim-open");
      if (opener && document.body.contains(opener)) { opener.focus(); }
    });
  }
  function group(rows) {
    var map = new Map();
    for (var i = 0; i < rows.length; i++) {
      var key = claimKey(rows[i][0], rows[i][1]);
      var list = map.get(key);
      if (!list) { list = []; map.set(key, list); }
      list.push(i);
    }
    return map;
  }
  function definition(list, term, value) {
    if (value == null || value === "") { return; }
    var dt = document.createElement("dt");
    dt.textContent = term;
    var dd = document.createElement("dd");
    dd.textContent = value;
    list.appendChild(dt);
    list.appendChild(dd);
  }
  function dialogCell(row, text, className) {
    var td = document.createElement("td");
    td.textContent = text == null ? "" : String(text);
    if (className) { td.className = className; }
    row.appendChild(td);
    return td;
  }
  function dialogBadge(severity) {
    var span = document.createElement("span");
    span.className = "badge badge-" + ({ DENY: "deny", REVIEW: "review", INFO: "info" }[severity] || "other");
    span.textContent = severity;
    return span;
  }
  function openClaim(file, claim, button) {
    if (!findingsByClaim) { findingsByClaim = group(F); linesByClaim = group(claimLines()); }
    var key = claimKey(file, claim);
    var found = findingsByClaim.get(key) || [];
    var lines = linesByClaim.get(key) || [];
    var first = found.length > 0 ? F[found[0]] : null;
    document.getElementById("claim-title").textContent = "Claim " + claim;
    document.getElementById("claim-facts").textContent = "File " + file + " \u00b7 member " + (first ? first[3] : "")
      + " \u00b7 payer type " + ((first && first[18]) || "unknown") + " \u00b7 " + (first && first[23] ? first[23] + " \u00b7 " : "")
      + lines.length + " line(s) \u00b7 " + found.length + " finding(s)";
    var tbody = document.getElementById("claim-lines").tBodies[0];
    tbody.textContent = "";
    lines.forEach(function (i) {
      var l = L[i], tr = document.createElement("tr");
      dialogCell(tr, l[2], "num"); dialogCell(tr, l[3], "num"); dialogCell(tr, l[4]); dialogCell(tr, l[5]);
      dialogCell(tr, l[6]); dialogCell(tr, l[7]); dialogCell(tr, l[8], "num"); dialogCell(tr, l[9], "num");
      dialogCell(tr, dollars(l[10]), "num"); dialogCell(tr, l[11]); dialogCell(tr, l[12]); dialogCell(tr, l[13]);
      dialogCell(tr, l[14]); dialogCell(tr, l[15]); dialogCell(tr, l[16]); dialogCell(tr, l[17]); dialogCell(tr, l[18]);
      dialogCell(tr, l[19]);
      tbody.appendChild(tr);
    });
    if (lines.length === 0) {
      var tr = document.createElement("tr");
      var td = dialogCell(tr, "This report does not carry the claim's lines.");
      td.colSpan = 18;
      tbody.appendChild(tr);
    }
    var list = document.getElementById("claim-findings");
    list.textContent = "";
    found.forEach(function (i) {
      var f = F[i], li = document.createElement("li");
      var head = document.createElement("p");
      head.appendChild(dialogBadge(f[10]));
      head.appendChild(document.createTextNode(" "));
      if (f[20] && f[20] !== f[9]) {
        var title = document.createElement("strong");
        title.textContent = f[20];
        head.appendChild(title);
        head.appendChild(document.createTextNode(" "));
      }
      var code = document.createElement("code");
      code.textContent = f[9];
      head.appendChild(code);
      head.appendChild(document.createTextNode(f[2] == null ? " on the claim" : " on line " + f[2] + " (" + f[5]
        + (f[6] ? " " + f[6] : "") + ")"));
      li.appendChild(head);
      var details = document.createElement("dl");
      definition(details, "Message", f[11]);
      definition(details, "Suggestion", f[16]);
      definition(details, "Denial code", f[12]);
      definition(details, "Liable", f[13]);
      definition(details, "At risk", dollars(f[14]) + (f[21] === 1 ? " (counted in the total)" : ""));
      definition(details, "Patient estimate", dollars(f[15]));
      definition(details, "Provider", (f[22] ? f[22] + " " : "") + (f[19] || NO_PROVIDER));
      definition(details, "Policy", f[17]);
      li.appendChild(details);
      list.appendChild(li);
    });
    opener = button;
    document.body.classList.add("claim-open");
    dialog.showModal();
    document.getElementById("claim-close").focus();
  }
})();
