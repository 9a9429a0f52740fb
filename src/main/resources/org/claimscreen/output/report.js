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
  // 13 liable, 14 at risk (cents), 15 patient (cents), 16 suggestion, 17 policy, 18 payer, 19 npi
  var F_TEXT = [0, 1, 3, 4, 5, 6, 9, 10, 11, 12, 13, 16, 17, 18, 19];
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

  var table = document.getElementById("findings");
  if (!table) { timings.ready = performance.now(); document.documentElement.setAttribute("data-ready", "true"); return; }
  var body = table.tBodies[0];
  var form = document.getElementById("filters");
  var controls = {
    rule: document.getElementById("filter-rule"),
    severity: document.getElementById("filter-severity"),
    provider: document.getElementById("filter-provider"),
    payer: document.getElementById("filter-payer"),
    text: document.getElementById("filter-text")
  };
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
    patient: function (r) { return r[15] || 0; }, provider: provider, payer: function (r) { return r[18]; }
  };

  var view = [];     // indexes into F that pass the filters, in display order
  var page = 0;
  var sortKey = null;
  var ascending = true;
  var haystack = null;

  function search(i) {
    if (!haystack) { haystack = new Array(F.length); }
    var text = haystack[i];
    if (text === undefined) {
      var r = F[i];
      text = [r[0], r[1], r[2], r[4], r[5], r[6], r[9], r[10], r[11], r[12], r[13], r[16], r[17], r[18], r[19]]
        .join("\u0001").toLowerCase();
      haystack[i] = text;
    }
    return text;
  }

  function applyFilters() {
    var rule = controls.rule.value, severity = controls.severity.value, npi = controls.provider.value,
      payer = controls.payer.value, query = controls.text.value.trim().toLowerCase();
    var result = [];
    for (var i = 0; i < F.length; i++) {
      var r = F[i];
      if (rule && r[9] !== rule) { continue; }
      if (severity && r[10] !== severity) { continue; }
      if (npi && provider(r) !== npi) { continue; }
      if (payer && r[18] !== payer) { continue; }
      if (query && search(i).indexOf(query) === -1) { continue; }
      result.push(i);
    }
    view = result;
    sortView();
    page = 0;
    render();
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

  function render() {
    var size = parseInt(pageSize.value, 10);
    var pages = Math.max(1, Math.ceil(view.length / size));
    page = Math.min(Math.max(0, page), pages - 1);
    var start = page * size, end = Math.min(view.length, start + size);
    var fragment = document.createDocumentFragment();
    for (var p = start; p < end; p++) {
      var index = view[p], r = F[index];
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
      var ruleCell = cell(tr, "");
      var code = document.createElement("code");
      code.textContent = r[9];
      ruleCell.appendChild(code);
      cell(tr, "").appendChild(badge(r[10]));
      cell(tr, r[11], "message");
      cell(tr, r[12]);
      cell(tr, r[13]);
      cell(tr, dollars(r[14]), "num");
      cell(tr, dollars(r[15]), "num");
      cell(tr, provider(r));
      cell(tr, r[18]);
      fragment.appendChild(tr);
    }
    body.textContent = "";
    body.appendChild(fragment);
    var filtered = view.length !== F.length;
    status.textContent = view.length === 0 ? "No finding matches these filters." :
      "Showing " + whole.format(start + 1) + "\u2013" + whole.format(end) + " of " + whole.format(view.length)
      + " findings" + (filtered ? " (filtered from " + whole.format(F.length) + ")" : "");
    pageInfo.textContent = "Page " + whole.format(page + 1) + " of " + whole.format(pages);
    document.getElementById("page-first").disabled = page === 0;
    document.getElementById("page-prev").disabled = page === 0;
    document.getElementById("page-next").disabled = page >= pages - 1;
    document.getElementById("page-last").disabled = page >= pages - 1;
  }

  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    th.querySelector("button").addEventListener("click", function () {
      var key = th.getAttribute("data-key");
      ascending = sortKey === key ? !ascending : true;
      sortKey = key;
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (other) { other.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      sortView();
      page = 0;
      render();
    });
  });
  var typing = null;
  controls.text.addEventListener("input", function () {
    clearTimeout(typing);
    typing = setTimeout(applyFilters, 200);
  });
  ["rule", "severity", "provider", "payer"].forEach(function (name) {
    controls[name].addEventListener("change", applyFilters);
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); applyFilters(); });
  form.addEventListener("reset", function () { setTimeout(applyFilters, 0); });
  pageSize.addEventListener("change", function () { page = 0; render(); });
  document.getElementById("page-first").addEventListener("click", function () { page = 0; render(); });
  document.getElementById("page-prev").addEventListener("click", function () { page--; render(); });
  document.getElementById("page-next").addEventListener("click", function () { page++; render(); });
  document.getElementById("page-last").addEventListener("click", function () { page = 1e9; render(); });

  // ---- the claim dialog: all lines of the claim and every finding on it
  var dialog = document.getElementById("claim-dialog");
  var findingsByClaim = null, linesByClaim = null, opener = null;
  function claimKey(file, claim) { return file + "\u0000" + claim; }
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
  function openClaim(index, button) {
    if (!findingsByClaim) { findingsByClaim = group(F); linesByClaim = group(claimLines()); }
    var r = F[index];
    var key = claimKey(r[0], r[1]);
    var found = findingsByClaim.get(key) || [];
    var lines = linesByClaim.get(key) || [];
    document.getElementById("claim-title").textContent = "Claim " + r[1];
    document.getElementById("claim-facts").textContent = "File " + r[0] + " \u00b7 member " + r[3]
      + " \u00b7 payer type " + (r[18] || "unknown") + " \u00b7 " + lines.length + " line(s) \u00b7 "
      + found.length + " finding(s)";
    var tbody = document.getElementById("claim-lines").tBodies[0];
    tbody.textContent = "";
    lines.forEach(function (i) {
      var l = L[i], tr = document.createElement("tr");
      cell(tr, l[2], "num"); cell(tr, l[3], "num"); cell(tr, l[4]); cell(tr, l[5]); cell(tr, l[6]); cell(tr, l[7]);
      cell(tr, l[8], "num"); cell(tr, l[9], "num"); cell(tr, dollars(l[10]), "num"); cell(tr, l[11]); cell(tr, l[12]);
      cell(tr, l[13]); cell(tr, l[14]); cell(tr, l[15]); cell(tr, l[16]); cell(tr, l[17]); cell(tr, l[18]);
      cell(tr, l[19]);
      tbody.appendChild(tr);
    });
    if (lines.length === 0) {
      var tr = document.createElement("tr");
      var td = cell(tr, "This report does not carry the claim's lines.");
      td.colSpan = 18;
      tbody.appendChild(tr);
    }
    var list = document.getElementById("claim-findings");
    list.textContent = "";
    found.forEach(function (i) {
      var f = F[i], li = document.createElement("li");
      var head = document.createElement("p");
      head.appendChild(badge(f[10]));
      head.appendChild(document.createTextNode(" "));
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
      definition(details, "At risk", dollars(f[14]));
      definition(details, "Patient estimate", dollars(f[15]));
      definition(details, "Policy", f[17]);
      li.appendChild(details);
      list.appendChild(li);
    });
    opener = button;
    document.body.classList.add("claim-open");
    dialog.showModal();
    document.getElementById("claim-close").focus();
  }
  body.addEventListener("click", function (event) {
    var button = event.target.closest("button.claim-link");
    if (button) { openClaim(parseInt(button.getAttribute("data-finding"), 10), button); }
  });
  document.getElementById("claim-close").addEventListener("click", function () { dialog.close(); });
  dialog.addEventListener("close", function () {
    document.body.classList.remove("claim-open");
    if (opener && document.body.contains(opener)) { opener.focus(); }
  });

  form.hidden = false;
  pager.hidden = false;
  table.hidden = false;
  view = F.map(function (_, i) { return i; });
  render();
  timings.ready = performance.now();
  document.documentElement.setAttribute("data-ready", "true");
})();
