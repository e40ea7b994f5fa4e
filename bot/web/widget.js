/*
 * Willowbank-style clinic chat widget: dependency-free, embeddable with one tag:
 *   <script src="http://HOST:8080/widget/widget.js" data-server="http://HOST:8080"
 *           data-clinic-name="..." data-accent="#1f6f5c" data-greeting="..." defer></script>
 *
 * Safety rules kept throughout: message text is only ever set with textContent;
 * links are built with DOM APIs and only for http(s) URLs.
 */
(function () {
  "use strict";
  if (window.__tpwLoaded) return;
  window.__tpwLoaded = true;

  var script = document.currentScript || document.querySelector("script[src*='widget.js']");
  var data = (script && script.dataset) || {};
  var scriptOrigin = "";
  try { scriptOrigin = new URL(script.src, location.href).origin; } catch (e) { /* inline */ }
  var SERVER = (data.server || scriptOrigin || location.origin).replace(/\/+$/, "");
  var CLINIC = data.clinicName || "Our clinic";
  var GREETING = data.greeting || "Hi! Ask me about trigger point therapy.";
  var ACCENT = safeAccent(data.accent || "#1f6f5c");

  var KEY_SENDER = "tpw:sender"; // the conversation id the server issued (web-<random>.<signature>)
  var KEY_HISTORY = "tpw:history";
  var KEY_OUTBOX = "tpw:outbox";
  var KEY_ACTIVE = "tpw:active"; // time of the last message sent or answered
  var MAX_HISTORY = 120;
  var MAX_CHARS = 1000;
  // On a shared clinic tablet the next person must not see the last one's conversation: after this
  // many hours without a message the widget forgets it (data-history-hours, default 2: the
  // assistant's own session ends after 2 idle hours too).
  var IDLE_MS = positiveNumber(data.historyHours, 2) * 3600 * 1000;
  var CLIENT = "widget/2"; // sent as metadata.client: which widget version wrote a message
  var ISSUED_ID = /^web-[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/;

  // ---------- storage (fails soft when localStorage is blocked) ----------
  var memoryStore = {};
  function load(key, fallback) {
    try {
      var raw = window.localStorage.getItem(key);
      return raw === null ? fallback : JSON.parse(raw);
    } catch (e) {
      return key in memoryStore ? memoryStore[key] : fallback;
    }
  }
  function save(key, value) {
    memoryStore[key] = value;
    try { window.localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* private mode: memory only */ }
  }

  function forget(key) {
    delete memoryStore[key];
    try { window.localStorage.removeItem(key); } catch (e) { /* private mode: memory only */ }
  }
  function positiveNumber(value, fallback) {
    var n = parseFloat(value);
    return isFinite(n) && n > 0 ? n : fallback;
  }
  function idleTooLong() {
    var last = load(KEY_ACTIVE, null);
    return typeof last !== "number" || Date.now() - last > IDLE_MS;
  }
  function forgetStoredConversation() {
    [KEY_SENDER, KEY_HISTORY, KEY_OUTBOX, KEY_ACTIVE].forEach(forget);
  }

  if (idleTooLong()) forgetStoredConversation();
  // The server issues the id (POST /api/conversation) when the first message is sent, and accepts
  // no other. An id from an older widget (made up in the browser) cannot be continued: start fresh.
  var sender = load(KEY_SENDER, null);
  if (sender !== null && (typeof sender !== "string" || !ISSUED_ID.test(sender))) {
    sender = null;
    forget(KEY_SENDER);
    forget(KEY_HISTORY);
  }
  var history = load(KEY_HISTORY, []);
  if (!Array.isArray(history)) history = [];
  var outbox = load(KEY_OUTBOX, []); // messages typed but not yet answered (survives reloads)
  if (!Array.isArray(outbox)) outbox = [];

  // ---------- colours: keep white-on-accent at WCAG AA (4.5:1) ----------
  function safeAccent(hex) {
    var m = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(String(hex).trim());
    if (!m) return "#1f6f5c";
    var h = m[1].length === 3 ? m[1].replace(/./g, "$&$&") : m[1];
    var rgb = [0, 2, 4].map(function (i) { return parseInt(h.substr(i, 2), 16); });
    for (var i = 0; i < 20 && contrastWithWhite(rgb) < 4.5; i++) {
      rgb = rgb.map(function (c) { return Math.floor(c * 0.9); });
    }
    return "#" + rgb.map(function (c) { return ("0" + c.toString(16)).slice(-2); }).join("");
  }
  function contrastWithWhite(rgb) {
    var l = rgb.map(function (c) {
      c /= 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    var lum = 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
    return 1.05 / (lum + 0.05);
  }

  // ---------- DOM helpers ----------
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === "className") node.className = attrs[k];
        else node.setAttribute(k, attrs[k]);
      });
    }
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  var URL_RE = /https?:\/\/[^\s<>"'`]+/gi;
  /** Append text to parent as text nodes, turning http(s) URLs into safe links. Never uses innerHTML. */
  function appendLinkified(parent, text) {
    text = String(text == null ? "" : text);
    var last = 0;
    text.replace(URL_RE, function (match, offset) {
      var url = match.replace(/[.,;:!?)\]]+$/, "");
      var parsed = null;
      try { parsed = new URL(url); } catch (e) { parsed = null; }
      if (!parsed || (parsed.protocol !== "http:" && parsed.protocol !== "https:")) return match;
      if (offset > last) parent.appendChild(document.createTextNode(text.slice(last, offset)));
      var a = document.createElement("a");
      a.href = parsed.href;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      a.textContent = url;
      parent.appendChild(a);
      last = offset + url.length;
      return match;
    });
    if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
  }

  // ---------- stylesheet ----------
  if (!document.querySelector("link[data-tpw-css]")) {
    var cssHref = SERVER + "/widget/widget.css";
    try { cssHref = new URL("widget.css", script.src).href; } catch (e) { /* keep the server's copy */ }
    var link = el("link", { rel: "stylesheet", href: cssHref, "data-tpw-css": "1" });
    document.head.appendChild(link);
  }

  // ---------- build the widget ----------
  var root = el("div", { id: "tpw-root", className: "tpw-root" });
  root.style.setProperty("--tpw-accent", ACCENT);

  var launcher = el("button", {
    id: "tpw-launcher", type: "button", className: "tpw-launcher",
    "aria-label": "Open chat with " + CLINIC + " assistant", "aria-expanded": "false", "aria-controls": "tpw-panel"
  });
  launcher.appendChild(el("span", { className: "tpw-launcher__icon", "aria-hidden": "true" }, "\uD83D\uDCAC"));
  launcher.appendChild(el("span", { className: "tpw-launcher__label" }, "Ask us"));

  var panel = el("section", {
    id: "tpw-panel", className: "tpw-panel", role: "dialog", "aria-modal": "false",
    "aria-labelledby": "tpw-title", hidden: ""
  });
  var header = el("header", { className: "tpw-header" });
  var titleWrap = el("div", { className: "tpw-header__titles" });
  titleWrap.appendChild(el("h2", { id: "tpw-title", className: "tpw-title" }, CLINIC));
  titleWrap.appendChild(el("p", { className: "tpw-subtitle" }, "Automated assistant"));
  var closeBtn = el("button", { id: "tpw-close", type: "button", className: "tpw-close", "aria-label": "Close chat" });
  closeBtn.appendChild(el("span", { "aria-hidden": "true" }, "\u00D7"));
  header.appendChild(titleWrap);
  header.appendChild(closeBtn);

  // "Delete my conversation": asks first, in the panel (a browser dialog would block the page).
  var confirmBox = el("div", {
    id: "tpw-confirm", className: "tpw-confirm", role: "group", "aria-labelledby": "tpw-confirm-text", hidden: ""
  });
  confirmBox.appendChild(el("p", { id: "tpw-confirm-text", className: "tpw-confirm__text" },
    "Delete this conversation? It will be erased from the clinic's records and from this device. " +
    "This cannot be undone."));
  var confirmYes = el("button", { id: "tpw-delete-confirm", type: "button", className: "tpw-confirm__yes" },
    "Delete conversation");
  var confirmNo = el("button", { id: "tpw-delete-cancel", type: "button", className: "tpw-confirm__no" }, "Cancel");
  confirmBox.appendChild(confirmYes);
  confirmBox.appendChild(confirmNo);
  var footer = el("div", { className: "tpw-footer" });
  var deleteBtn = el("button", {
    id: "tpw-delete", type: "button", className: "tpw-delete", "aria-controls": "tpw-confirm"
  }, "Delete my conversation");
  footer.appendChild(deleteBtn);

  var notice = el("p", { id: "tpw-notice", className: "tpw-notice" },
    "This is an automated assistant giving general education about trigger point therapy, not medical advice. " +
    "In an emergency, call your local emergency number now.");

  var log = el("div", {
    id: "tpw-log", className: "tpw-log", role: "log", "aria-live": "polite", "aria-relevant": "additions",
    "aria-label": "Conversation", tabindex: "0"
  });
  var typing = el("div", { id: "tpw-typing", className: "tpw-typing", hidden: "", "aria-live": "off" });
  typing.appendChild(el("span", { className: "tpw-visually-hidden" }, "The assistant is typing"));
  for (var d = 0; d < 3; d++) typing.appendChild(el("span", { className: "tpw-dot", "aria-hidden": "true" }));

  var status = el("p", { id: "tpw-status", className: "tpw-status", role: "status", "aria-live": "polite" });

  var form = el("form", { id: "tpw-form", className: "tpw-form", autocomplete: "off" });
  var inputLabel = el("label", { for: "tpw-input", className: "tpw-visually-hidden" }, "Your question");
  var input = el("input", {
    id: "tpw-input", type: "text", className: "tpw-input", maxlength: String(MAX_CHARS),
    placeholder: "Type your question…", "aria-label": "Type your question"
  });
  var send = el("button", { id: "tpw-send", type: "submit", className: "tpw-send", "aria-label": "Send message" }, "Send");
  form.appendChild(inputLabel);
  form.appendChild(input);
  form.appendChild(send);

  panel.appendChild(header);
  panel.appendChild(notice);
  panel.appendChild(log);
  panel.appendChild(typing);
  panel.appendChild(status);
  panel.appendChild(form);
  panel.appendChild(confirmBox);
  panel.appendChild(footer);
  root.appendChild(panel);
  root.appendChild(launcher);

  function mount() { document.body.appendChild(root); }
  if (document.body) mount(); else document.addEventListener("DOMContentLoaded", mount);

  // ---------- rendering ----------
  var LABELS = {
    emergency: { cls: "emergency", icon: "\u26A0\uFE0F", label: "Urgent" },
    medical: { cls: "medical", icon: "\u2695\uFE0F", label: "See a doctor" }
  };

  function renderMessage(entry, index) {
    var bubble = el("div", { className: "tpw-msg tpw-msg--" + (entry.role === "user" ? "user" : "bot") });
    bubble.setAttribute("data-index", String(index));
    var flag = entry.role === "bot" && LABELS[entry.topic];
    if (flag) {
      bubble.classList.add("msg--" + flag.cls, "tpw-msg--" + flag.cls);
      var tag = el("p", { className: "tpw-flag" });
      tag.appendChild(el("span", { className: "tpw-flag__icon", "aria-hidden": "true" }, flag.icon));
      tag.appendChild(el("strong", null, flag.label));
      bubble.appendChild(tag);
    }
    if (entry.role === "notice") bubble.className = "tpw-msg tpw-msg--bot tpw-msg--system";
    var body = el("p", { className: "tpw-msg__text" });
    if (entry.role === "user") body.appendChild(el("span", { className: "tpw-visually-hidden" }, "You: "));
    else body.appendChild(el("span", { className: "tpw-visually-hidden" }, "Assistant: "));
    appendLinkified(body, entry.text);
    bubble.appendChild(body);
    if (entry.pending) {
      bubble.classList.add("tpw-msg--pending");
      bubble.appendChild(el("span", { className: "tpw-msg__state" }, "Not sent yet"));
    }
    return bubble;
  }

  function renderQuickReplies(entry) {
    var wrap = el("div", { className: "tpw-quick-wrap", role: "group", "aria-label": "Suggested questions" });
    entry.buttons.forEach(function (b) {
      var btn = el("button", { type: "button", className: "tpw-quick" }, b.title);
      btn.addEventListener("click", function () {
        // Re-rendering removes this button: keep keyboard focus in the widget (and Escape working).
        input.focus();
        sendMessage(b.title, b.payload);
      });
      wrap.appendChild(btn);
    });
    return wrap;
  }

  function renderFeedback(entry, index) {
    var wrap = el("div", { className: "tpw-feedback", role: "group", "aria-label": "Was this answer helpful?" });
    if (entry.feedback) {
      wrap.appendChild(el("span", { className: "tpw-feedback__thanks" }, "Thanks for your feedback."));
      return wrap;
    }
    wrap.appendChild(el("span", { className: "tpw-feedback__q" }, "Was this helpful?"));
    [["Yes", true], ["No", false]].forEach(function (pair) {
      var btn = el("button", { type: "button", "aria-label": "Helpful: " + pair[0] }, pair[0]);
      btn.addEventListener("click", function () { sendFeedback(index, pair[1], wrap); });
      wrap.appendChild(btn);
    });
    return wrap;
  }

  function renderAll() {
    while (log.firstChild) log.removeChild(log.firstChild);
    log.appendChild(renderMessage({ role: "notice", text: GREETING }, -1));
    var lastBot = -1;
    history.forEach(function (entry, i) { if (entry.role === "bot") lastBot = i; });
    var lastUser = -1;
    history.forEach(function (entry, i) { if (entry.role === "user") lastUser = i; });
    history.forEach(function (entry, i) { appendEntry(entry, i, i === lastBot && lastBot > lastUser); });
    outbox.forEach(function (item) {
      log.appendChild(renderMessage({ role: "user", text: item.title, pending: true }, -1));
    });
    scrollToEnd();
  }

  function appendEntry(entry, i, showButtons) {
    log.appendChild(renderMessage(entry, i));
    if (entry.role === "bot" && entry.faq_id && entry.feedbackAnchor) log.appendChild(renderFeedback(entry, i));
    if (showButtons && entry.buttons && entry.buttons.length) log.appendChild(renderQuickReplies(entry));
  }

  function scrollToEnd() { log.scrollTop = log.scrollHeight; }

  function persist() {
    if (history.length > MAX_HISTORY) history = history.slice(history.length - MAX_HISTORY);
    save(KEY_HISTORY, history);
    save(KEY_OUTBOX, outbox);
    save(KEY_ACTIVE, Date.now());
  }

  // ---------- talking to the server ----------
  var busy = false;
  var retryTimer = null;
  var attempt = 0;
  var generation = 0; // bumped when the conversation is deleted: late replies to the old one are dropped

  function postJson(path, body) {
    return fetch(SERVER + path, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body)
    });
  }
  function readJson(resp) { return resp.json().catch(function () { return null; }); }
  /** Seconds to wait after a 429, from Retry-After (or the body), at least 1. */
  function retryAfter(resp, body) {
    var s = parseInt(resp.headers.get("Retry-After"), 10);
    if (!(s > 0) && body && body.retry_after > 0) s = body.retry_after;
    return Math.min(300, s > 0 ? s : 5);
  }
  function notIssued(resp, body) { return resp.status === 403 && body && body.code === "conversation_not_issued"; }

  /** The conversation id, asking the server for one the first time. */
  function conversation() {
    if (sender) return Promise.resolve(sender);
    return postJson("/api/conversation", {}).then(function (resp) {
      return readJson(resp).then(function (body) {
        if (resp.status === 429) throw { wait: retryAfter(resp, body) };
        if (resp.status !== 201 || !body || typeof body.sender !== "string" || !ISSUED_ID.test(body.sender)) {
          throw new Error("no conversation id (" + resp.status + ")");
        }
        sender = body.sender;
        save(KEY_SENDER, sender);
        return sender;
      });
    });
  }

  function retryLater(seconds, text) {
    busy = false;
    showTyping(false);
    setStatus(text);
    clearTimeout(retryTimer);
    retryTimer = setTimeout(pump, seconds * 1000);
  }

  function setStatus(text) { status.textContent = text || ""; }
  function showTyping(on) { if (on) typing.removeAttribute("hidden"); else typing.setAttribute("hidden", ""); }

  function sendMessage(title, payload) {
    forgetIfIdle(); // the first message after the idle limit starts a new conversation
    title = String(title || "").trim();
    if (!title) return;
    outbox.push({ title: title.slice(0, MAX_CHARS), payload: String(payload || title).slice(0, MAX_CHARS) });
    persist();
    renderAll();
    pump();
  }

  function pump() {
    if (busy || !outbox.length) return;
    busy = true;
    var item = outbox[0];
    var turnOf = generation;
    showTyping(true);
    conversation().then(function (id) {
      return postJson("/webhooks/rest/webhook", { sender: id, message: item.payload, metadata: { client: CLIENT } });
    }).then(function (resp) {
      if (resp.status >= 500) throw new Error("server " + resp.status);
      return readJson(resp).then(function (body) {
        return { ok: resp.ok, status: resp.status, body: body, resp: resp };
      });
    }).then(function (result) {
      if (turnOf !== generation) return; // the conversation was deleted or forgotten meanwhile
      if (result.status === 429) {
        var wait = retryAfter(result.resp, result.body);
        retryLater(wait, "You're sending messages quickly \u2014 sending again in " + wait + " s\u2026");
        return;
      }
      if (notIssued(result.resp, result.body)) {
        // The server no longer knows this id (e.g. its secret changed): start a new conversation.
        sender = null;
        forget(KEY_SENDER);
        history = [{ role: "notice", text: "Your earlier conversation could not be continued, so this is a new one." }];
        persist();
        retryLater(0, "");
        return;
      }
      attempt = 0;
      setStatus("");
      outbox.shift();
      history.push({ role: "user", text: item.title });
      if (result.ok && Array.isArray(result.body)) addBotReplies(result.body);
      else {
        var msg = result.status === 413 ? "That message is too long. Please shorten it." :
          "Sorry, I couldn't read that message. Please try rephrasing it.";
        history.push({ role: "bot", text: msg, topic: "error" });
      }
      persist();
      busy = false;
      showTyping(false);
      renderAll();
      pump();
    }).catch(function (err) {
      if (turnOf !== generation) return;
      if (err && err.wait) {
        retryLater(err.wait, "The assistant is busy \u2014 trying again in " + err.wait + " s\u2026");
        return;
      }
      busy = false;
      attempt += 1;
      var delay = Math.min(30000, 1000 * Math.pow(2, attempt - 1));
      setStatus("Couldn't reach the assistant \u2014 retrying\u2026");
      clearTimeout(retryTimer);
      retryTimer = setTimeout(pump, delay);
    });
  }

  function addBotReplies(messages) {
    var custom = {};
    messages.forEach(function (m) { if (m && m.custom && typeof m.custom === "object" && !custom.topic) custom = m.custom; });
    var added = [];
    messages.forEach(function (m) {
      if (!m || typeof m.text !== "string") return;
      var buttons = Array.isArray(m.buttons) ? m.buttons.filter(function (b) {
        return b && typeof b.title === "string" && typeof b.payload === "string";
      }).map(function (b) { return { title: b.title, payload: b.payload }; }) : [];
      var entry = { role: "bot", text: m.text, topic: custom.topic || null, kind: custom.kind || null, buttons: buttons };
      history.push(entry);
      added.push(entry);
    });
    if (!added.length) return;
    var lastAdded = added[added.length - 1];
    // Buttons from every message of this reply are offered together after the last one.
    var allButtons = [];
    added.forEach(function (e) { allButtons = allButtons.concat(e.buttons); e.buttons = []; });
    lastAdded.buttons = allButtons;
    if (typeof custom.faq_id === "string") {
      lastAdded.faq_id = custom.faq_id;
      lastAdded.feedbackAnchor = true;
    }
  }

  function sendFeedback(index, helpful, wrap) {
    var entry = history[index];
    if (!entry || entry.feedback) return;
    var buttons = wrap.querySelectorAll("button");
    Array.prototype.forEach.call(buttons, function (b) { b.disabled = true; });
    // The server takes the question from the conversation itself, never from this request.
    var body = { sender: sender, faq_id: entry.faq_id, helpful: helpful };
    var tries = 0;
    function done(text) {
      entry.feedback = helpful ? "yes" : "no";
      persist();
      while (wrap.firstChild) wrap.removeChild(wrap.firstChild);
      wrap.appendChild(el("span", { className: "tpw-feedback__thanks" }, text));
    }
    (function post() {
      postJson("/api/feedback", body)
        .then(function (resp) {
          if (resp.status >= 500) throw new Error("server " + resp.status);
          if (resp.status === 429) {
            return readJson(resp).then(function (b) { setTimeout(post, retryAfter(resp, b) * 1000); });
          }
          // 409: this answer already has a vote (e.g. from another tab).
          done(resp.ok || resp.status === 409 ? "Thanks for your feedback." : "Sorry, your feedback couldn't be recorded.");
        })
        .catch(function () {
          tries += 1;
          if (tries < 5) setTimeout(post, 1000 * Math.pow(2, tries));
          else Array.prototype.forEach.call(buttons, function (b) { b.disabled = false; });
        });
    })();
  }

  // ---------- "Delete my conversation" ----------
  function askToDelete() {
    confirmBox.removeAttribute("hidden");
    deleteBtn.setAttribute("aria-expanded", "true");
    confirmNo.focus(); // the safe choice has the focus
  }
  function closeConfirm(focusBack) {
    confirmBox.setAttribute("hidden", "");
    deleteBtn.setAttribute("aria-expanded", "false");
    confirmYes.disabled = false;
    if (focusBack) deleteBtn.focus();
  }
  /** Forget the id, the history and anything not yet sent; the next message starts a new conversation. */
  function startFresh() {
    generation += 1; // a reply still on its way belongs to the forgotten conversation
    clearTimeout(retryTimer);
    busy = false;
    attempt = 0;
    sender = null;
    history = [];
    outbox = [];
    forgetStoredConversation();
    showTyping(false);
    renderAll();
  }
  /** The page stayed open past the idle limit: start afresh, as a reload would. */
  function forgetIfIdle() {
    if (!idleTooLong() || (!history.length && !outbox.length)) return;
    startFresh();
    setStatus("");
  }
  function deleteConversation() {
    confirmYes.disabled = true;
    setStatus("Deleting\u2026");
    if (!sender) { // nothing was ever sent to the server: only this device holds anything
      startFresh();
      closeConfirm(false);
      setStatus("Your conversation was deleted.");
      input.focus();
      return;
    }
    postJson("/api/conversation/delete", { sender: sender })
      .then(function (resp) {
        return readJson(resp).then(function (body) {
          if (resp.ok && body && body.deleted) {
            startFresh();
            closeConfirm(false);
            setStatus("Your conversation was deleted.");
            input.focus();
            return;
          }
          var text = resp.status === 429 ? "Please wait " + retryAfter(resp, body) + " s and try again." :
            "Your conversation couldn't be deleted just now. Please try again, or ask the clinic.";
          setStatus(text);
          confirmYes.disabled = false;
        });
      })
      .catch(function () {
        setStatus("Your conversation couldn't be deleted just now. Please try again, or ask the clinic.");
        confirmYes.disabled = false;
      });
  }
  deleteBtn.setAttribute("aria-expanded", "false");
  deleteBtn.addEventListener("click", function () {
    if (confirmBox.hasAttribute("hidden")) askToDelete(); else closeConfirm(true);
  });
  confirmNo.addEventListener("click", function () { closeConfirm(true); });
  confirmYes.addEventListener("click", deleteConversation);

  // ---------- open / close and keyboard ----------
  function isOpen() { return !panel.hasAttribute("hidden"); }
  function open() {
    forgetIfIdle();
    panel.removeAttribute("hidden");
    root.classList.add("tpw-root--open");
    launcher.setAttribute("aria-expanded", "true");
    launcher.setAttribute("aria-label", "Close chat with " + CLINIC + " assistant");
    renderAll();
    input.focus();
  }
  function close() {
    closeConfirm(false);
    panel.setAttribute("hidden", "");
    root.classList.remove("tpw-root--open");
    launcher.setAttribute("aria-expanded", "false");
    launcher.setAttribute("aria-label", "Open chat with " + CLINIC + " assistant");
    launcher.focus();
  }
  launcher.addEventListener("click", function () { if (isOpen()) close(); else open(); });
  closeBtn.addEventListener("click", close);
  panel.addEventListener("keydown", function (ev) {
    if (ev.key !== "Escape" && ev.key !== "Esc") return;
    ev.preventDefault();
    if (!confirmBox.hasAttribute("hidden")) closeConfirm(true); else close();
  });
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var text = input.value.trim();
    if (!text) { input.focus(); return; }
    input.value = "";
    sendMessage(text, text);
    input.focus();
  });
  window.addEventListener("online", function () { clearTimeout(retryTimer); attempt = 0; pump(); });
  document.addEventListener("visibilitychange", function () { if (!document.hidden) forgetIfIdle(); });
  setInterval(forgetIfIdle, 60 * 1000);

  renderAll();
  if (outbox.length) pump(); // resume messages that were waiting when the page was closed

  // Small test/embedding hook; no secrets here.
  window.TPWidget = { open: open, close: close, sender: function () { return sender; } };
})();
