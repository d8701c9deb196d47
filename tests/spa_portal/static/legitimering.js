"use strict";
// The identity broker's page: starts a BankID order for the ticket in its address, shows the QR
// code of each second and BankID's instruction, and sends the customer back to the portal.
const $ = (selector) => document.querySelector(selector);
const ticket = new URLSearchParams(location.search).get("biljett");
const csrf = document.querySelector("meta[name=csrf]").content;
let round = 0;
let qrTimer = null;

async function api(path, body) {
  const response = await fetch(path, { method: "POST", headers: { "Content-Type": "application/json", "X-Csrf": csrf },
    body: JSON.stringify({ biljett: ticket, ...(body || {}) }) });
  return { ok: response.ok, ...(await response.json()) };
}

function stop() {
  round += 1;
  clearInterval(qrTimer);
}

function failed(text) {
  stop();
  $("#pagar").hidden = true;
  $("#fel").textContent = text;
  $("#igen").hidden = false;
}

async function start() {
  stop();
  const mine = round;
  $("#fel").textContent = "";
  $("#igen").hidden = true;
  $("#pagar").hidden = false;
  const answer = await api("/legitimering/start", { mobil: /Android|iPhone|iPad|Mobile/i.test(navigator.userAgent) });
  if (mine !== round) return;
  if (!answer.ok) { failed(answer.fel); return; }
  $("#app").href = answer.app;
  $("#app").hidden = false;
  const image = $("#qr img");
  const draw = () => { image.src = `/legitimering/qr?biljett=${encodeURIComponent(ticket)}&t=${Date.now()}`; };
  draw();
  image.hidden = false;
  qrTimer = setInterval(draw, 1000);
  poll(mine);
}

async function poll(mine) {
  const answer = await api("/legitimering/status");
  if (mine !== round) return;
  if (answer.till) { stop(); location.href = answer.till; return; }
  if (!answer.ok) { failed(answer.fel); return; }
  $("#instruktion").textContent = answer.status;
  setTimeout(() => poll(mine), 300);
}

$("#avbryt").addEventListener("click", async () => { stop(); failed((await api("/legitimering/avbryt")).fel); });
$("#app").addEventListener("click", () => { $("#qr").hidden = true; });
$("#igen").addEventListener("click", start);
if (new URLSearchParams(location.search).get("fortsatt")) { $("#qr").hidden = true; poll(round); } else start();
