/* Front-desk screen: sign in with a staff account, ask the assistant, browse the FAQ, read the unanswered report.
 * All text from the server is rendered with textContent. The session is an HttpOnly cookie this script
 * never sees; the CSRF token it sends with every POST is kept in memory only (fetched again after a reload). */
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var csrfToken = "";

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function api(path, options) {
    options = options || {};
    var method = options.method || "GET";
    var headers = {};
    if (options.body) headers["Content-Type"] = "application/json";
    if (method !== "GET") headers["X-CSRF-Token"] = csrfToken;
    return fetch(path, { method: method, headers: headers, body: options.body, cache: "no-store", credentials: "same-origin" })
      .then(function (resp) {
        return resp.json().catch(function () { return {}; }).then(function (body) {
          if (resp.status === 401 && !options.signingIn) {
            showSignIn(body.error ? "Signed out: " + body.error + "." : "Please sign in.");
            throw new Error("unauthorized");
          }
          if (!resp.ok) throw new Error(body.error || ("Server answered " + resp.status));
          return body;
        });
      });
  }

  // ---------- sign in / out ----------
  function showApp(session) {
    csrfToken = session.csrf_token;
    $("fd-whoami").textContent = "Signed in as " + session.username;
    $("fd-signin").hidden = true;
    $("fd-app").hidden = false;
    $("fd-whoami").hidden = false;
    $("fd-signout").hidden = false;
  }
  function showSignIn(message) {
    csrfToken = "";
    // Nothing a signed-out screen could still reveal: clear what the last session loaded.
    clear($("fd-answer"));
    clear($("fd-faq-list"));
    clear($("fd-report-table").querySelector("tbody"));
    $("fd-report-table").hidden = true;
    $("fd-report-summary").textContent = "";
    $("fd-faq-count").textContent = "";
    faqLoaded = false;
    $("fd-app").hidden = true;
    $("fd-whoami").hidden = true;
    $("fd-signout").hidden = true;
    $("fd-signin").hidden = false;
    $("fd-signin-error").textContent = message || "";
    $("fd-password").value = "";
    $("fd-username").focus();
  }
  $("fd-signin-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    $("fd-signin-error").textContent = "";
    var body = JSON.stringify({ username: $("fd-username").value.trim(), password: $("fd-password").value });
    api("/frontdesk/api/signin", { method: "POST", body: body, signingIn: true }).then(function (session) {
      $("fd-password").value = "";
      showApp(session);
      $("fd-question").focus();
    }).catch(function (err) {
      $("fd-password").value = "";
      $("fd-signin-error").textContent = err.message.charAt(0).toUpperCase() + err.message.slice(1) + ".";
      $("fd-password").focus();
    });
  });
  $("fd-signout").addEventListener("click", function () {
    api("/frontdesk/api/signout", { method: "POST" }).then(function () {
      showSignIn("You are signed out.");
    }).catch(function (err) {
      if (err.message !== "unauthorized") showSignIn("You are signed out here, but the server said: " + err.message);
    });
  });

  // ---------- tabs ----------
  var tabs = ["ask", "faq", "report"];
  function selectTab(name, focus) {
    tabs.forEach(function (t) {
      var tab = $("tab-" + t);
      var on = t === name;
      tab.setAttribute("aria-selected", on ? "true" : "false");
      tab.tabIndex = on ? 0 : -1;
      $("fd-" + t).hidden = !on;
      if (on && focus) tab.focus();
    });
    if (name === "faq" && !faqLoaded) searchFaq("");
    if (name === "report") loadReport();
  }
  tabs.forEach(function (t, i) {
    var tab = $("tab-" + t);
    tab.addEventListener("click", function () { selectTab(t, false); });
    tab.addEventListener("keydown", function (ev) {
      if (ev.key === "ArrowRight" || ev.key === "ArrowLeft") {
        ev.preventDefault();
        var next = tabs[(i + (ev.key === "ArrowRight" ? 1 : tabs.length - 1)) % tabs.length];
        selectTab(next, true);
      }
    });
  });

  // ---------- ask ----------
  function metaList(pairs) {
    var dl = el("dl", "meta");
    pairs.forEach(function (p) {
      if (p[1] === null || p[1] === undefined || p[1] === "") return;
      dl.appendChild(el("dt", null, p[0]));
      dl.appendChild(el("dd", null, p[1]));
    });
    return dl;
  }
  $("fd-ask-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var q = $("fd-question").value.trim();
    if (!q) return;
    var out = $("fd-answer");
    clear(out);
    out.appendChild(el("p", "muted", "Asking…"));
    api("/frontdesk/api/ask", { method: "POST", body: JSON.stringify({ question: q }) }).then(function (a) {
      clear(out);
      var unsure = a.kind === "clarify" || a.kind === "unanswered" || a.topic === "out_of_scope";
      var box = el("article", "answer" + (a.topic === "emergency" ? " answer--emergency" : a.topic === "medical" ? " answer--medical" : unsure ? " answer--unsure" : ""));
      box.appendChild(el("h3", null, "Answer to: " + q));
      (a.texts && a.texts.length ? a.texts : ["(no text reply)"]).forEach(function (t) { box.appendChild(el("p", null, t)); });
      if (a.buttons && a.buttons.length) {
        box.appendChild(el("p", "muted", "Suggested follow-ups:"));
        var ul = el("ul");
        a.buttons.forEach(function (b) { ul.appendChild(el("li", null, b)); });
        box.appendChild(ul);
      }
      box.appendChild(metaList([
        ["Topic", a.topic || "—"],
        ["Kind", a.kind],
        ["FAQ id", a.faq_id || "— (not a curated FAQ answer)"],
        ["Sources", a.sources && a.sources.length ? a.sources.join(", ") : null],
        ["Reviewed", a.reviewed]
      ]));
      out.appendChild(box);
    }).catch(function (err) {
      clear(out);
      if (err.message !== "unauthorized") out.appendChild(el("p", "error", err.message));
    });
  });

  // ---------- FAQ browser ----------
  var faqLoaded = false;
  function searchFaq(q) {
    var list = $("fd-faq-list");
    api("/frontdesk/api/faq?q=" + encodeURIComponent(q)).then(function (data) {
      faqLoaded = true;
      clear(list);
      $("fd-faq-count").textContent = data.count + (data.count === 1 ? " entry" : " entries") + (q ? " match “" + q + "”" : "");
      data.items.forEach(function (e) {
        var d = el("details", "faq");
        var s = el("summary", null, e.question);
        s.appendChild(el("span", "tag", e.topic));
        d.appendChild(s);
        d.appendChild(el("p", null, e.answer));
        d.appendChild(el("p", "muted", "Client phrasings:"));
        var ul = el("ul");
        e.phrasings.forEach(function (p) { ul.appendChild(el("li", null, p)); });
        d.appendChild(ul);
        d.appendChild(metaList([["FAQ id", e.id], ["Sources", e.sources.join(", ")], ["Reviewed", e.reviewed],
          ["Related", e.related.join(", ")]]));
        list.appendChild(d);
      });
    }).catch(function (err) {
      if (err.message !== "unauthorized") $("fd-faq-count").textContent = err.message;
    });
  }
  $("fd-faq-form").addEventListener("submit", function (ev) { ev.preventDefault(); searchFaq($("fd-faq-q").value.trim()); });

  // ---------- report ----------
  function loadReport() {
    var days = $("fd-days").value;
    var table = $("fd-report-table");
    var tbody = table.querySelector("tbody");
    $("fd-report-summary").textContent = "Loading…";
    api("/frontdesk/api/report?days=" + encodeURIComponent(days)).then(function (data) {
      clear(tbody);
      var total = data.items.reduce(function (n, it) { return n + it.count; }, 0);
      $("fd-report-summary").textContent = data.items.length
        ? data.items.length + " different questions, " + total + " times in the last " + data.days + " days. Most frequent first."
        : "Nothing unanswered or marked unhelpful in the last " + data.days + " days.";
      data.items.forEach(function (it) {
        var tr = el("tr");
        var q = el("td");
        q.appendChild(el("div", null, it.question));
        if (it.variants.length > 1) q.appendChild(el("div", "variants", "Also asked as: " + it.variants.slice(1).join(" · ")));
        if (it.unhelpful_faq_ids.length) q.appendChild(el("div", "variants", "Unhelpful answer: " + it.unhelpful_faq_ids.join(", ")));
        tr.appendChild(q);
        tr.appendChild(el("td", "num", it.count));
        tr.appendChild(el("td", "num", it.unanswered));
        tr.appendChild(el("td", "num", it.unhelpful));
        tr.appendChild(el("td", null, new Date(it.last_seen * 1000).toLocaleString()));
        tbody.appendChild(tr);
      });
      table.hidden = !data.items.length;
    }).catch(function (err) {
      if (err.message !== "unauthorized") $("fd-report-summary").textContent = err.message;
    });
  }
  $("fd-report-form").addEventListener("submit", function (ev) { ev.preventDefault(); loadReport(); });

  // ---------- start: still signed in from before this reload? ----------
  fetch("/frontdesk/api/session", { cache: "no-store", credentials: "same-origin" }).then(function (resp) {
    return resp.ok ? resp.json().then(showApp) : showSignIn("");
  }).catch(function () { showSignIn("The server cannot be reached; please try again in a moment."); });
})();
