/* tqcheck reviewer page: filters, keyboard navigation, copy buttons.
   Allowed by its sha256 hash in the page's Content-Security-Policy. Report
   text reaches the page only through textContent, element.value or
   setAttribute; nothing here parses a string as HTML. */
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");
  var data = JSON.parse(document.getElementById("tq-data").textContent);
  var byId = Object.create(null);
  var order = [];
  data.findings.forEach(function (f) { byId[f.id] = f; order.push(f.id); });
  var SEVERITIES = ["info", "minor", "major", "critical"];
  var filters = { severity: new Set(), family: new Set() };
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark[data-findings]"));
  var items = Array.prototype.slice.call(document.querySelectorAll("[data-finding-item]"));
  var chips = Array.prototype.slice.call(document.querySelectorAll("button[data-filter]"));
  var panel = document.getElementById("current");
  var status = document.getElementById("filter-status");
  var current = null; // id of the selected finding

  function shown(id) {
    var f = byId[id];
    return !!f && (filters.severity.size === 0 || filters.severity.has(f.severity)) &&
      (filters.family.size === 0 || filters.family.has(f.family));
  }

  function ids(el, attr) {
    var value = el.getAttribute(attr);
    return value ? value.split(" ") : [];
  }

  function apply() {
    marks.forEach(function (m) {
      var visible = ids(m, "data-findings").filter(shown);
      var worst = null;
      visible.forEach(function (id) { if (!worst || byId[id].rank > worst.rank) { worst = byId[id]; } });
      SEVERITIES.forEach(function (s) { m.classList.remove("sev-" + s); });
      m.classList.toggle("off", !worst);
      if (worst) { m.classList.add("sev-" + worst.severity); }
      m.setAttribute("data-tip", visible.map(function (id) {
        var f = byId[id];
        return f.code + " " + f.severity + ": " + f.message;
      }).join("\n"));
      if (m.hasAttribute("data-starts")) {
        if (ids(m, "data-starts").some(shown)) { m.setAttribute("tabindex", "0"); } else { m.removeAttribute("tabindex"); }
      }
    });
    items.forEach(function (item) { item.hidden = !shown(item.getAttribute("data-finding-item")); });
    chips.forEach(function (chip) {
      var on = filters[chip.getAttribute("data-filter")].has(chip.getAttribute("data-value"));
      chip.setAttribute("aria-pressed", on ? "true" : "false");
    });
    var count = order.filter(shown).length;
    status.textContent = count === order.length ? "" : "Showing " + count + " of " + order.length + " findings";
    if (current && !shown(current)) { select(null, false); }
  }

  function anchorOf(id) {
    return marks.filter(function (m) { return ids(m, "data-starts").indexOf(id) !== -1; })[0] || null;
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
      " " + f.severity + " (" + n + " of " + order.filter(shown).length + ") " + f.path + ":" + f.line + ":" +
      f.column + ": " + f.message + (f.suggestion === null ? "" : f.suggestion === "" ? " \u2192 delete" : " \u2192 " + f.suggestion)));
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
    if (target.closest("#clear-filters")) { filters.severity.clear(); filters.family.clear(); apply(); }
    else if (target.closest("#next-finding")) { step(1); }
    else if (target.closest("#prev-finding")) { step(-1); }
  });

  document.addEventListener("focusin", function (event) {
    var mark = event.target instanceof Element ? event.target.closest("mark[data-starts]") : null;
    if (mark && ids(mark, "data-starts").indexOf(current) === -1) {
      var first = ids(mark, "data-starts").filter(shown)[0];
      if (first) { select(first, false); }
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var t = event.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) { return; }
    if (event.key === "j" || event.key === "n") { step(1); event.preventDefault(); }
    else if (event.key === "k" || event.key === "p") { step(-1); event.preventDefault(); }
  });

  apply();
}());
