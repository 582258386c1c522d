// Frontline customer chat page. No framework: one socket (/chat/ws), a log, a box.
// The session token and the cursor (last message id shown) live in sessionStorage, so a
// reload, a lost connection or a server restart resumes the same chat: the server replays
// what came after the cursor; messages not yet confirmed are sent again with the same
// client id and stored once.
"use strict";

(function () {
  const T = JSON.parse(document.getElementById("strings").textContent);
  const body = document.body;
  const $ = (id) => document.getElementById(id);
  const store = window.sessionStorage;
  const KEY = "frontline.chat";
  const TYPING_REPEAT = 3000;
  const TYPING_IDLE = 5000;

  let state = load();
  // A freshly loaded page has an empty log: the resume replays the whole chat.
  state.cursor = 0;
  let ws = null;
  let ready = false;
  let retry = 0;
  let lastTyping = 0;
  let idleTimer = 0;
  let agentName = "";
  let ended = false;

  function load() {
    try {
      const saved = JSON.parse(store.getItem(KEY) || "null");
      if (saved && typeof saved.token === "string") return saved;
    } catch (e) { /* a damaged entry starts over */ }
    return { token: "", cursor: 0, pending: [], start: null };
  }
  function save() { store.setItem(KEY, JSON.stringify(state)); }
  function text(key, values) {
    let s = T[key] || key;
    for (const k in values || {}) s = s.replace("{" + k + "}", String(values[k]));
    return s;
  }
  function status(msg) { $("status").textContent = msg; }
  function send(frame) {
    if (ws && ws.readyState === WebSocket.OPEN) { ws.send(JSON.stringify(frame)); return true; }
    return false;
  }
  function newId() {
    const a = new Uint8Array(12);
    crypto.getRandomValues(a);
    return "c-" + Array.from(a, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  // ------------------------------------------------------------------ the log
  function bubble(msg, pending) {
    const log = $("log");
    const key = pending ? "p-" + msg.client_id : "m-" + msg.id;
    if (!pending && msg.client_id) {
      const mine = document.getElementById("p-" + msg.client_id);
      if (mine) mine.remove();
    }
    if (document.getElementById(key)) return;
    const div = document.createElement("div");
    div.id = key;
    div.className = "msg " + msg.direction + (pending ? " pending" : "");
    if (!pending) div.dataset.id = String(msg.id);
    const who = document.createElement("span");
    who.className = "who";
    who.textContent = msg.direction === "in" ? T.you : msg.author_name;
    const words = document.createElement("span");
    words.className = "body";
    words.textContent = msg.body;
    div.append(who, words);
    // Keep the log in message order: a replayed or resent one may arrive late.
    let before = null;
    if (!pending) {
      for (const el of log.querySelectorAll(".msg")) {
        if (el.dataset.id ? Number(el.dataset.id) > msg.id : true) { before = el; break; }
      }
    }
    log.insertBefore(div, before);
    log.scrollTop = log.scrollHeight;
  }
  function note(msg) {
    const p = document.createElement("p");
    p.className = "note";
    p.textContent = msg;
    $("log").append(p);
  }

  // ------------------------------------------------------------------ the socket
  function connect() {
    if (ws && ws.readyState <= WebSocket.OPEN) return;
    const url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/chat/ws";
    ws = new WebSocket(url);
    ready = false;
    ws.onopen = () => {
      if (state.token) send({ type: "resume", token: state.token, cursor: state.cursor });
      else if (state.start) send(state.start);
    };
    ws.onmessage = (ev) => {
      let frame;
      try { frame = JSON.parse(ev.data); } catch (e) { return; }
      handle(frame);
    };
    ws.onclose = () => {
      ready = false;
      if (!state.token && !state.start) return;
      status(T.offline);
      const delay = Math.min(5000, 250 * Math.pow(2, retry++));
      setTimeout(connect, delay);
    };
  }

  function handle(f) {
    switch (f.type) {
      case "session":
        retry = 0;
        if (f.token) { state.token = f.token; state.start = null; save(); }
        ready = true;
        showChat();
        status(T.online);
        if (f.agent_name) agentName = f.agent_name;
        if (f.has_email) $("transcript-email").placeholder = "";
        if (f.status === "ended") showEnded(f.rated);
        break;
      case "message": {
        bubble(f, false);
        if (f.id > state.cursor) { state.cursor = f.id; }
        if (f.client_id) state.pending = state.pending.filter((p) => p.client_id !== f.client_id);
        save();
        if (f.direction === "out") {
          send({ type: "ack", message_ids: [f.id] });
          $("typing").textContent = "";
        }
        break;
      }
      case "replayed":
        // Whatever the server has not confirmed yet goes again, under the same client id.
        for (const p of state.pending) send({ type: "send", client_id: p.client_id, body: p.body });
        break;
      case "agent_typing":
        $("typing").textContent = f.typing ? T.typing : "";
        break;
      case "queue":
        $("queue").textContent = text("position", { position: f.position }) +
          (f.expected_wait != null
            ? " " + text("wait", { minutes: Math.max(1, Math.round(f.expected_wait / 60)) })
            : "");
        break;
      case "agent":
        $("queue").textContent = "";
        if (f.name && f.name !== agentName) note(text("joined", { name: f.name }));
        else if (!f.name && agentName) note(T.left);
        agentName = f.name;
        break;
      case "ended":
        showEnded(false);
        break;
      case "done":
        if (f.what === "transcript") status(T.transcript_sent);
        if (f.what === "rate") { $("rate-form").hidden = true; $("thanks").hidden = false; }
        break;
      case "error":
        status(T["error." + f.code] || T["error.failed"]);
        if (f.fatal && (f.code === "bad_token" || f.code === "expired")) {
          state = { token: "", cursor: 0, pending: [], start: null };
          save();
          ws.onclose = null;
          $("start-form").hidden = false;
          $("chat").hidden = true;
        }
        break;
    }
  }

  function showChat() {
    $("start-form").hidden = true;
    $("chat").hidden = false;
    for (const p of state.pending) bubble({ direction: "in", client_id: p.client_id, body: p.body }, true);
  }
  function showEnded(rated) {
    if (!ended) note(T.ended);
    ended = true;
    $("queue").textContent = "";
    $("typing").textContent = "";
    $("rating").hidden = false;
    if (rated) { $("rate-form").hidden = true; $("thanks").hidden = false; }
  }

  // ------------------------------------------------------------------ the customer
  function submitMessage() {
    const box = $("message");
    const words = box.value;
    if (!words.trim()) return;
    const p = { client_id: newId(), body: words };
    state.pending.push(p);
    save();
    bubble({ direction: "in", client_id: p.client_id, body: p.body }, true);
    box.value = "";
    if (ready) send({ type: "send", client_id: p.client_id, body: p.body });
    stopTyping();
  }
  function stopTyping() {
    clearTimeout(idleTimer);
    if (lastTyping) { send({ type: "typing", typing: false }); lastTyping = 0; }
  }

  $("start-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const email = $("email").value.trim();
    state.start = {
      type: "start",
      name: $("name").value,
      language: body.dataset.lang,
    };
    if (email) state.start.email = email;
    if (body.dataset.queue) state.start.queue = body.dataset.queue;
    if (email) $("transcript-email").value = email;
    save();
    connect();
  });
  $("compose").addEventListener("submit", (ev) => { ev.preventDefault(); submitMessage(); });
  $("message").addEventListener("keydown", (ev) => {
    // Enter sends; Shift+Enter is a new line; an input method composing (Chinese) keeps Enter.
    if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing) {
      ev.preventDefault();
      submitMessage();
    }
  });
  $("message").addEventListener("input", () => {
    const now = Date.now();
    if (ready && now - lastTyping > TYPING_REPEAT) {
      send({ type: "typing", typing: true });
      lastTyping = now;
    }
    clearTimeout(idleTimer);
    idleTimer = setTimeout(stopTyping, TYPING_IDLE);
  });
  $("end").addEventListener("click", () => { send({ type: "end" }); });
  $("transcript-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const email = $("transcript-email").value.trim();
    status(T.sending);
    send(email ? { type: "transcript", email: email } : { type: "transcript" });
  });
  $("rate-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const chosen = document.querySelector('input[name="score"]:checked');
    if (!chosen) return;
    send({ type: "rate", score: Number(chosen.value), comment: $("comment").value });
  });
  window.addEventListener("online", () => { if (ws && ws.readyState > 1) connect(); });

  if (state.token || state.start) { showChat(); connect(); }
  else $("name").focus();
})();
