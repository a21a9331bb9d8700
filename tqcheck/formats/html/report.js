/* tqcheck reviewer page: filters, keyboard navigation, one tooltip at a
   time, rule explanations, copy buttons, accept/reject decisions and their
   download as a baseline file. Allowed by its sha256 hash in the page's
   Content-Security-Policy. Report text reaches the page only through
   textContent, element.value or setAttribute; nothing here parses a string
   as HTML. */
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");
  var data = JSON.parse(document.getElementById("tq-data").textContent);
  var byId = Object.create(null);
  var order = [];
  data.findings.forEach(function (f) { byId[f.id] = f; order.push(f.id); });
  data.accepted.forEach(function (f) { byId[f.id] = f; });
  var SEVERITIES = ["info", "minor", "major", "critical"];
  var filters = { severity: new Set(), family: new Set() };
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark[data-findings]"));
  var flagged = Array.prototype.slice.call(document.querySelectorAll("[data-flags]"));
  var items = Array.prototype.slice.call(document.querySelectorAll("[data-finding-item]"));
  var chips = Array.prototype.slice.call(document.querySelectorAll("button[data-filter]"));
  var cells = Array.prototype.slice.call(document.querySelectorAll("g.cell[data-counts]"));
  var rows = Array.prototype.slice.call(document.querySelectorAll("table.side tbody tr"));
  var rowsToggle = document.getElementById("rows-with-findings");
  var panel = document.getElementById("current");
  var status = document.getElementById("filter-status");
  var tip = document.getElementById("tip");
  var current = null; // id of the selected finding
  var onlyRowsWithFindings = false;

  // Characters a reader cannot see, shown as tokens in text the script writes.
  var HIDDEN = /[\p{Cc}\p{Cf}]/gu;
  function reveal(s) {
    return String(s).replace(HIDDEN, function (c) {
      if (c === "\t" || c === "\n" || c === "\r") { return c; }
      return "\u27e8U+" + c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0") + "\u27e9";
    });
  }

  function shown(id) {
    var f = byId[id];
    return !!f && !f.accepted && (filters.severity.size === 0 || filters.severity.has(f.severity)) &&
      (filters.family.size === 0 || filters.family.has(f.family));
  }

  function ids(el, attr) {
    var value = el.getAttribute(attr);
    return value ? value.split(" ") : [];
  }

  function worstOf(list) {
    var worst = null;
    list.forEach(function (id) { if (!worst || byId[id].rank > worst.rank) { worst = byId[id]; } });
    return worst;
  }

  function paint(el, worst) {
    SEVERITIES.forEach(function (s) { el.classList.remove("sev-" + s); });
    if (worst) { el.classList.add("sev-" + worst.severity); }
  }

  function applyStrip() {
    cells.forEach(function (cell) {
      var counts = {};
      SEVERITIES.forEach(function (s) { counts[s] = 0; });
      cell.getAttribute("data-counts").split(" ").forEach(function (entry) {
        var parts = entry.split(":");
        if (parts.length !== 3) { return; }
        var sevOk = filters.severity.size === 0 || filters.severity.has(parts[0]);
        var famOk = filters.family.size === 0 || filters.family.has(parts[1]);
        if (sevOk && famOk) { counts[parts[0]] += Number(parts[2]); }
      });
      cell.__counts = counts;
    });
    var most = 1;
    cells.forEach(function (cell) {
      var total = 0;
      SEVERITIES.forEach(function (s) { total += cell.__counts[s]; });
      most = Math.max(most, total);
    });
    cells.forEach(function (cell) {
      var bg = cell.querySelector("rect.bg");
      var height = Number(bg.getAttribute("height"));
      var y = height;
      SEVERITIES.slice().reverse().forEach(function (s) { // worst at the bottom
        var rect = cell.querySelector("rect.seg[data-severity='" + s + "']");
        var h = height * cell.__counts[s] / most;
        y -= h;
        rect.setAttribute("y", String(y));
        rect.setAttribute("height", String(h));
      });
    });
  }

  function apply() {
    marks.forEach(function (m) {
      var visible = ids(m, "data-findings").filter(shown);
      var worst = worstOf(visible);
      paint(m, worst);
      m.classList.toggle("off", !worst);
      if (m.hasAttribute("data-starts")) {
        if (ids(m, "data-starts").some(shown)) { m.setAttribute("tabindex", "0"); } else { m.removeAttribute("tabindex"); }
      }
    });
    flagged.forEach(function (el) {
      var worst = worstOf(ids(el, "data-flags").filter(shown));
      paint(el, worst);
      el.classList.toggle("flagged", !!worst);
    });
    items.forEach(function (item) { item.hidden = !shown(item.getAttribute("data-finding-item")); });
    chips.forEach(function (chip) {
      var on = filters[chip.getAttribute("data-filter")].has(chip.getAttribute("data-value"));
      chip.setAttribute("aria-pressed", on ? "true" : "false");
    });
    rows.forEach(function (row) {
      var hit = row.querySelector("mark.f:not(.off)") || row.querySelector("[data-flags].flagged");
      row.hidden = onlyRowsWithFindings && !hit && !row.classList.contains("row-omission") &&
        !row.classList.contains("row-addition");
    });
    if (rowsToggle) { rowsToggle.setAttribute("aria-pressed", onlyRowsWithFindings ? "true" : "false"); }
    applyStrip();
    var count = order.filter(shown).length;
    status.textContent = count === order.length ? "" : "Showing " + count + " of " + order.length + " findings";
    if (current && !shown(current)) { select(null, false); }
  }

  function anchorOf(id) {
    return document.getElementById("m-" + id) ||
      marks.filter(function (m) { return ids(m, "data-starts").indexOf(id) !== -1; })[0] || null;
  }

  function describe(f) {
    var out = f.code + " " + f.severity + (f.accepted ? " (accepted by baseline)" : "") + ": " + f.message;
    if (f.suggestion !== null) { out += f.suggestion === "" ? " \u2192 delete" : " \u2192 " + f.suggestion; }
    return reveal(out);
  }

  function select(id, focus) {
    document.querySelectorAll(".current[data-finding-item], mark.current").forEach(function (el) {
      el.classList.remove("current");
    });
    current = id;
    panel.textContent = "";
    if (!id) { return; }
    var f = byId[id];
    var mark = anchorOf(id);
    if (mark) {
      mark.classList.add("current");
      if (focus) { mark.focus(); mark.scrollIntoView({ block: "center" }); }
    }
    items.forEach(function (item) {
      if (item.getAttribute("data-finding-item") === id) { item.classList.add("current"); }
    });
    var n = order.filter(shown).indexOf(id) + 1;
    var code = document.createElement("span");
    code.className = "code";
    code.textContent = f.code;
    panel.appendChild(code);
    panel.appendChild(document.createTextNode(
      " " + f.severity + " (" + n + " of " + order.filter(shown).length + ") " + reveal(f.path) + ":" + f.line +
      ":" + f.column + ": " + reveal(f.message) +
      (f.suggestion === null ? "" : f.suggestion === "" ? " \u2192 delete" : " \u2192 " + reveal(f.suggestion))));
  }

  function step(delta) {
    var visible = order.filter(shown);
    if (!visible.length) { return; }
    var at = current === null ? -1 : order.indexOf(current);
    var next = null;
    if (delta > 0) {
      next = visible.filter(function (id) { return order.indexOf(id) > at; })[0] || visible[0];
    } else {
      var before = visible.filter(function (id) { return at === -1 || order.indexOf(id) < at; });
      next = before[before.length - 1] || visible[visible.length - 1];
    }
    select(next, true);
  }

  // --- one tooltip at a time ---------------------------------------------------------
  var tipOwner = null;

  function hideTip() {
    tipOwner = null;
    tip.hidden = true;
    tip.textContent = "";
  }

  function showTip(el) {
    var live = ids(el, "data-findings").filter(shown);
    var taken = ids(el, "data-accepted");
    var list = live.concat(taken).filter(function (id) { return byId[id]; });
    if (!list.length) { hideTip(); return; }
    tipOwner = el;
    tip.textContent = "";
    list.forEach(function (id) {
      var line = document.createElement("div");
      line.className = "tip-line sev-" + byId[id].severity;
      line.textContent = describe(byId[id]);
      tip.appendChild(line);
    });
    tip.hidden = false;
    var box = el.getBoundingClientRect();
    var width = tip.offsetWidth;
    var left = Math.max(4, Math.min(box.left, window.innerWidth - width - 4));
    var top = box.bottom + 4;
    if (top + tip.offsetHeight > window.innerHeight - 4) { top = Math.max(4, box.top - tip.offsetHeight - 4); }
    tip.style.left = left + "px";
    tip.style.top = top + "px";
  }

  function tipTarget(node) {
    return node instanceof Element ? node.closest("mark[data-findings], mark.acc") : null;
  }

  document.addEventListener("mouseover", function (event) {
    var el = tipTarget(event.target);
    if (el && el !== tipOwner) { showTip(el); } else if (!el && tipOwner && tipOwner !== document.activeElement) { hideTip(); }
  });
  document.addEventListener("focusin", function (event) {
    var el = tipTarget(event.target);
    if (el) { showTip(el); } else { hideTip(); }
    var mark = event.target instanceof Element ? event.target.closest("mark[data-starts]") : null;
    if (mark && ids(mark, "data-starts").indexOf(current) === -1) {
      var first = ids(mark, "data-starts").filter(shown)[0];
      if (first) { select(first, false); }
    }
  });
  // The tip follows its mark when the page scrolls (focusing a mark scrolls it into view).
  window.addEventListener("scroll", function () { if (tipOwner) { showTip(tipOwner); } }, { passive: true });

  // --- rule explanations ---------------------------------------------------------------
  var dialog = document.getElementById("rule-dialog");
  var dialogBody = document.getElementById("rule-dialog-body");

  function explain(code) {
    var doc = document.getElementById("rule-" + code);
    if (!doc || !dialog || typeof dialog.showModal !== "function") { return false; }
    dialogBody.textContent = "";
    var copy = doc.cloneNode(true);
    copy.removeAttribute("id");
    copy.open = true;
    copy.querySelectorAll("[id]").forEach(function (el) { el.removeAttribute("id"); });
    var heading = copy.querySelector("h3.rule-title");
    if (heading) { heading.id = "rule-dialog-title"; }
    dialogBody.appendChild(copy);
    hideTip();
    dialog.showModal();
    return true;
  }

  // --- decisions ---------------------------------------------------------------------
  var decisions = Object.create(null); // id -> "accept" | "reject"
  data.accepted.forEach(function (f) { if (f.key) { decisions[f.id] = "accept"; } });
  var decisionCount = document.getElementById("decision-count");

  function showDecisions() {
    document.querySelectorAll("button[data-decide]").forEach(function (button) {
      var id = button.getAttribute("data-finding");
      button.setAttribute("aria-pressed", decisions[id] === button.getAttribute("data-decide") ? "true" : "false");
      var item = button.closest("li");
      if (item) {
        item.classList.toggle("decided-accept", decisions[id] === "accept");
        item.classList.toggle("decided-reject", decisions[id] === "reject");
      }
    });
    if (decisionCount) {
      var accepted = 0, rejected = 0;
      Object.keys(decisions).forEach(function (id) {
        if (decisions[id] === "accept") { accepted += 1; } else { rejected += 1; }
      });
      decisionCount.textContent = accepted + " accepted, " + rejected + " rejected";
    }
  }

  // A button pressed again takes its decision back; a key only sets it.
  function decide(id, what, toggle) {
    var f = byId[id];
    if (!f || !f.key) { return; }
    if (toggle && decisions[id] === what) { delete decisions[id]; } else { decisions[id] = what; }
    showDecisions();
  }

  function baselineText() {
    var counts = Object.create(null);
    var keys = [];
    Object.keys(decisions).forEach(function (id) {
      if (decisions[id] !== "accept") { return; }
      var k = byId[id].key;
      var joined = JSON.stringify([k.path, k.code, k.sentence, k.context]);
      if (!(joined in counts)) { counts[joined] = 0; keys.push(joined); }
      counts[joined] += 1;
    });
    keys.sort();
    var entries = keys.map(function (joined) {
      var k = JSON.parse(joined);
      return { path: k[0], code: k[1], sentence: k[2], context: k[3], count: counts[joined] };
    });
    return JSON.stringify({ schema: data.baseline.schema, tool: data.baseline.tool, entries: entries }, null, 1) + "\n";
  }

  function download() {
    var blob = new Blob([baselineText()], { type: "application/json" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    var name = data.baseline.file.split(/[\\/]/).pop() || "tqcheck-baseline.json";
    link.setAttribute("download", name);
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
  }

  // --- copy ------------------------------------------------------------------------------
  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "offscreen";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    area.remove();
    return ok;
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(function () { return true; },
        function () { return fallbackCopy(text); });
    }
    return Promise.resolve(fallbackCopy(text));
  }

  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target) { return; }
    var chip = target.closest("button[data-filter]");
    if (chip) {
      var set = filters[chip.getAttribute("data-filter")];
      var value = chip.getAttribute("data-value");
      if (set.has(value)) { set.delete(value); } else { set.add(value); }
      apply();
      return;
    }
    var button = target.closest("button.copy");
    if (button) {
      var f = byId[button.getAttribute("data-finding")];
      copy(f.suggestion || "").then(function (ok) {
        button.textContent = ok ? "Copied" : "Copy failed";
        window.setTimeout(function () { button.textContent = "Copy suggestion"; }, 1500);
      });
      return;
    }
    var fixed = target.closest("button.copy-fixed");
    if (fixed) {
      copy(data.fixed_text[Number(fixed.getAttribute("data-doc"))] || "").then(function (ok) {
        fixed.textContent = ok ? "Copied" : "Copy failed";
        window.setTimeout(function () { fixed.textContent = "Copy fixed text"; }, 1500);
      });
      return;
    }
    var decision = target.closest("button[data-decide]");
    if (decision) { decide(decision.getAttribute("data-finding"), decision.getAttribute("data-decide"), true); return; }
    var rule = target.closest("a.rule-link");
    if (rule && explain(rule.getAttribute("href").slice(6))) { event.preventDefault(); return; }
    var jump = target.closest("a.jump");
    if (jump) {
      event.preventDefault();
      var id = jump.getAttribute("data-finding");
      if (!shown(id)) { filters.severity.clear(); filters.family.clear(); apply(); }
      select(id, true);
      return;
    }
    if (target.closest("#rule-dialog-close")) { dialog.close(); }
    else if (target.closest("#download-baseline")) { download(); }
    else if (target.closest("#rows-with-findings")) { onlyRowsWithFindings = !onlyRowsWithFindings; apply(); }
    else if (target.closest("#clear-filters")) { filters.severity.clear(); filters.family.clear(); apply(); }
    else if (target.closest("#next-finding")) { step(1); }
    else if (target.closest("#prev-finding")) { step(-1); }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { hideTip(); return; }
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var t = event.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) { return; }
    if (dialog && dialog.open) { return; }
    if (event.key === "j" || event.key === "n") { step(1); event.preventDefault(); }
    else if (event.key === "k" || event.key === "p") { step(-1); event.preventDefault(); }
    else if (event.key === "a" && current) { decide(current, "accept", false); event.preventDefault(); }
    else if (event.key === "r" && current) { decide(current, "reject", false); event.preventDefault(); }
  });

  showDecisions();
  apply();
}());
