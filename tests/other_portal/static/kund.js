"use strict";
// The choice of login method, and BankID: start, the QR code of every second, follow the order.
const choices = document.querySelectorAll('input[name="satt"]');
function showChoice() {
  const chosen = document.querySelector('input[name="satt"]:checked');
  document.querySelectorAll("section[data-satt]").forEach((s) => { s.hidden = !chosen || s.dataset.satt !== chosen.value; });
}
choices.forEach((c) => c.addEventListener("change", showChoice));

const box = document.querySelector('section[data-satt="bankid"]');
if (box) {
  const $ = (id) => document.getElementById(id);
  let qrTimer = null, pollTimer = null, round = 0;
  const post = (url) => fetch(url, { method: "POST", headers: { "X-CSRF": box.dataset.csrf } }).then((r) => r.json());
  const stop = () => { round += 1; clearInterval(qrTimer); clearTimeout(pollTimer); };
  const fail = (text) => {
    stop();
    $("bankid-aktiv").hidden = true;
    $("bankid-fel").textContent = text;
    $("bankid-fel").hidden = false;
    $("bankid-igen").hidden = false;
  };
  const poll = () => { const mine = round; return post("/kund/bankid/status").then((a) => {
    if (mine !== round) return;
    if (a.klar) { stop(); location.assign(a.klar); return; }
    if (a.fel) { fail(a.fel); return; }
    $("bankid-status").textContent = a.status;
    pollTimer = setTimeout(poll, Number(box.dataset.poll));
  }); };
  const start = () => post("/kund/bankid/start").then((a) => {
    $("bankid-start").hidden = true;
    $("bankid-igen").hidden = true;
    $("bankid-fel").hidden = true;
    if (a.fel) { fail(a.fel); return; }
    $("bankid-app").href = a.app;
    $("bankid-aktiv").hidden = false;
    $("bankid-status").textContent = "Starta BankID-appen och skanna QR-koden.";
    const qr = () => { $("bankid-qr").src = "/kund/bankid/qr?" + Date.now(); };
    qr();
    qrTimer = setInterval(qr, 1000);
    pollTimer = setTimeout(poll, Number(box.dataset.poll));
  });
  $("bankid-start").addEventListener("click", start);
  $("bankid-igen").addEventListener("click", start);
  $("bankid-avbryt").addEventListener("click", () => { stop(); post("/kund/bankid/avbryt").then((a) => fail(a.fel)); });
  $("bankid-app").addEventListener("click", () => { $("bankid-qr").hidden = true; });
  if (box.dataset.resume === "ja") { $("bankid-start").hidden = true; $("bankid-aktiv").hidden = false; poll(); }
}
