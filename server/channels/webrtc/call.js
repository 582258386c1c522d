// "Call us" on the chat page: a WebRTC call answered by the server (aiortc), which rings
// an agent's desk. The page's own <button id="call-us" hidden> is shown and wired here;
// a hang-up button and a status line (role=status, read by screen readers) are added.
// The server tells the page where the call stands over a data channel: {"state": ...}.
"use strict";
(function () {
  var TEXTS = {
    en: {
      call: "Call us", calling: "Calling\u2026", connected: "Connected", hangup: "Hang up",
      ended: "Call ended", held: "On hold", failed: "The call could not be placed",
      busy: "All our lines are busy: please try again later", nomic: "No microphone could be used"
    },
    fi: {
      call: "Soita meille", calling: "Soitetaan\u2026", connected: "Yhdistetty",
      hangup: "Lopeta puhelu", ended: "Puhelu p\u00e4\u00e4ttyi", held: "Pidossa",
      failed: "Puhelua ei voitu aloittaa",
      busy: "Kaikki linjamme ovat varattuja: yrit\u00e4 my\u00f6hemmin uudelleen",
      nomic: "Mikrofonia ei voitu k\u00e4ytt\u00e4\u00e4"
    },
    "zh-Hans": {
      call: "\u7ed9\u6211\u4eec\u6253\u7535\u8bdd", calling: "\u6b63\u5728\u547c\u53eb\u2026",
      connected: "\u5df2\u63a5\u901a", hangup: "\u6302\u65ad",
      ended: "\u901a\u8bdd\u5df2\u7ed3\u675f", held: "\u4fdd\u6301\u4e2d",
      failed: "\u65e0\u6cd5\u53d1\u8d77\u901a\u8bdd",
      busy: "\u6240\u6709\u7ebf\u8def\u6b63\u5fd9\uff0c\u8bf7\u7a0d\u540e\u518d\u8bd5",
      nomic: "\u65e0\u6cd5\u4f7f\u7528\u9ea6\u514b\u98ce"
    },
    "zh-Hant": {
      call: "\u6253\u96fb\u8a71\u7d66\u6211\u5011", calling: "\u6b63\u5728\u64a5\u865f\u2026",
      connected: "\u5df2\u63a5\u901a", hangup: "\u639b\u65b7",
      ended: "\u901a\u8a71\u5df2\u7d50\u675f", held: "\u4fdd\u7559\u4e2d",
      failed: "\u7121\u6cd5\u64a5\u51fa\u901a\u8a71",
      busy: "\u6240\u6709\u7dda\u8def\u5fd9\u7dda\u4e2d\uff0c\u8acb\u7a0d\u5f8c\u518d\u8a66",
      nomic: "\u7121\u6cd5\u4f7f\u7528\u9ea5\u514b\u98a8"
    }
  };
  var GATHER_MS = 3000;

  function language() {
    var lang = (document.documentElement.lang || "en").toLowerCase();
    if (lang.indexOf("zh") === 0) {
      return /hant|tw|hk|mo/.test(lang) ? "zh-Hant" : "zh-Hans";
    }
    return lang.indexOf("fi") === 0 ? "fi" : "en";
  }

  function chatSession() {
    // The chat page's customer session (sessionStorage "frontline.chat"), when it has
    // one: the call joins that customer.
    try {
      var saved = JSON.parse(window.sessionStorage.getItem("frontline.chat") || "null");
      return saved && typeof saved.token === "string" && saved.token ? saved.token : null;
    } catch (e) {
      return null;
    }
  }

  function queueName() {
    var queue = document.body.dataset.queue || new URLSearchParams(location.search).get("queue");
    return queue || null;
  }

  function start() {
    var button = document.getElementById("call-us");
    if (!button || !window.RTCPeerConnection || !navigator.mediaDevices) {
      return;
    }
    var t = TEXTS[language()];
    var status = document.createElement("p");
    status.id = "call-status";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    var hangup = document.createElement("button");
    hangup.id = "hang-up";
    hangup.type = "button";
    hangup.hidden = true;
    hangup.textContent = t.hangup;
    button.textContent = t.call;
    button.insertAdjacentElement("afterend", status);
    button.insertAdjacentElement("afterend", hangup);
    button.hidden = false;
    var call = null; // {pc, stream, id, key}

    function show(text) {
      status.textContent = text;
    }

    function finish(text) {
      if (call) {
        var ending = call;
        call = null;
        try { ending.pc.close(); } catch (e) { /* already closed */ }
        ending.stream.getTracks().forEach(function (track) { track.stop(); });
      }
      hangup.hidden = true;
      button.hidden = false;
      button.disabled = false;
      show(text);
    }

    function onState(state) {
      var texts = {ringing: t.calling, connected: t.connected, held: t.held};
      if (state === "ended") {
        finish(t.ended);
      } else if (texts[state]) {
        show(texts[state]);
      }
    }

    function gathered(pc) {
      return new Promise(function (resolve) {
        if (pc.iceGatheringState === "complete") {
          resolve();
          return;
        }
        var timer = setTimeout(resolve, GATHER_MS);
        pc.addEventListener("icegatheringstatechange", function () {
          if (pc.iceGatheringState === "complete") {
            clearTimeout(timer);
            resolve();
          }
        });
      });
    }

    async function place() {
      button.disabled = true;
      show(t.calling);
      var stream;
      try {
        stream = await navigator.mediaDevices.getUserMedia({audio: true});
      } catch (e) {
        finish(t.nomic);
        return;
      }
      var pc = new RTCPeerConnection();
      var mine = {pc: pc, stream: stream, id: null, key: null};
      call = mine;
      stream.getAudioTracks().forEach(function (track) { pc.addTrack(track, stream); });
      var channel = pc.createDataChannel("call");
      channel.onmessage = function (event) {
        try {
          onState(JSON.parse(event.data).state);
        } catch (e) { /* not ours */ }
      };
      channel.onclose = function () {
        if (call === mine) { finish(t.ended); }
      };
      pc.addEventListener("connectionstatechange", function () {
        if ((pc.connectionState === "failed" || pc.connectionState === "closed") && call === mine) {
          finish(t.ended);
        }
      });
      try {
        await pc.setLocalDescription(await pc.createOffer());
        await gathered(pc);
        var response = await fetch("/chat/call", {
          method: "POST",
          headers: {"Content-Type": "application/json"},
          body: JSON.stringify({
            sdp: pc.localDescription.sdp, type: "offer",
            session: chatSession(), queue: queueName()
          })
        });
        if (!response.ok) {
          finish(response.status === 503 ? t.busy : t.failed);
          return;
        }
        var answer = await response.json();
        if (call !== mine) {
          return;
        }
        mine.id = answer.call_id;
        mine.key = answer.key;
        await pc.setRemoteDescription({type: "answer", sdp: answer.sdp});
        button.hidden = true;
        hangup.hidden = false;
        hangup.focus();
      } catch (e) {
        if (call === mine) { finish(t.failed); }
      }
    }

    function hangUp() {
      var ending = call;
      if (ending && ending.id) {
        fetch("/chat/call/" + encodeURIComponent(ending.id), {
          method: "DELETE", headers: {"X-Call-Key": ending.key}, keepalive: true
        }).catch(function () { /* the closed connection ends it too */ });
      }
      finish(t.ended);
      button.focus();
    }

    button.addEventListener("click", function () {
      if (!call) { place(); }
    });
    hangup.addEventListener("click", hangUp);
    window.addEventListener("pagehide", function () {
      if (call) { hangUp(); }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
