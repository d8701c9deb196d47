// The "Mobilt BankID" tab: start an order, show the QR code of every second, follow the order
// with BankID's messages, cancel, and go on to Mina sidor when BankID says complete.
"use strict";

function setupBankID(root) {
  const $ = (name) => root.querySelector(`[data-bankid-${name}]`);
  const active = $("active"), qr = $("qr"), message = $("message"), error = $("error");
  const startButton = $("start"), autostart = $("autostart"), cancelButton = $("cancel");
  const pollMs = Number(root.dataset.pollMs) || 2000;
  let flow = "qr", pollTimer = null, qrTimer = null, autostartMessage = "";
  const somethingWrong = "Något gick fel. Försök igen.";  // BankID's RFA22, when the portal does not answer
  let generation = 0;  // answers to an order the page has stopped following are ignored

  function post(url, body) {
    return fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-CSRFToken": root.dataset.csrf },
      body: JSON.stringify(body || {}),
      credentials: "same-origin",
    }).then((response) => response.json());
  }

  function stop() {
    generation += 1;
    clearTimeout(pollTimer);
    clearInterval(qrTimer);
  }

  function fail(text) {
    stop();
    active.hidden = true;
    error.textContent = text;
    error.hidden = false;
    startButton.textContent = "Försök igen";
    startButton.hidden = false;
  }

  function refreshQr() {
    qr.src = `${root.dataset.qrUrl}?t=${Date.now()}`;
  }

  function poll() {
    const following = generation;
    post(root.dataset.statusUrl, { flow }).then((answer) => {
      if (following !== generation) return;
      if (answer.state === "complete") { stop(); window.location.assign(answer.redirect); return; }
      if (answer.state === "failed") { fail(answer.message); return; }
      message.textContent = answer.message;
      pollTimer = setTimeout(poll, pollMs);
    }).catch(() => { if (following === generation) fail(somethingWrong); });
  }

  function show(answer) {
    error.hidden = true;
    startButton.hidden = true;
    active.hidden = false;
    message.textContent = answer.message || "";
    if (answer.autostartUrl) autostart.href = answer.autostartUrl;
    autostartMessage = answer.autostartMessage || "";
    refreshQr();
    qrTimer = setInterval(refreshQr, 1000);
    pollTimer = setTimeout(poll, pollMs);
  }

  startButton.addEventListener("click", () => {
    stop();
    flow = "qr";
    post(root.dataset.startUrl).then((answer) => {
      if (answer.state === "failed") fail(answer.message); else show(answer);
    }).catch(() => fail(somethingWrong));
  });
  autostart.addEventListener("click", () => {  // the app opens on this device: RFA13 first
    flow = "autostart";
    qr.hidden = true;
    if (autostartMessage) message.textContent = autostartMessage;
  });
  cancelButton.addEventListener("click", () => {
    stop();
    post(root.dataset.cancelUrl).then((answer) => fail(answer.message));
  });

  if (root.dataset.resume === "true") {  // back from the BankID app on this device
    flow = "autostart";
    startButton.hidden = true;
    active.hidden = false;
    qr.hidden = true;
    poll();
  }
}

document.querySelectorAll("[data-bankid]").forEach(setupBankID);
