"use strict";
// Norrsken Energi's Mina sidor as a single-page app: the shell (header, one message region, the
// view) is drawn once; each address is a view drawn here; forms are sent with fetch.

const HELP = [["logga-in", "Så här loggar du in på nya Mina sidor"], ["faktura", "Din faktura"],
  ["flytt", "Flytta eller säga upp"], ["kontakt", "Kontakta kundtjänst"]];
const state = { csrf: "", customer: null, deviations: [], choice: null, round: 0, timers: [] };
const $ = (selector) => document.querySelector(selector);
const esc = (text) => String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
const deviates = (rule) => state.deviations.includes(rule);

async function api(path, body) {
  try {
    const response = await fetch(path, { method: "POST", headers: { "Content-Type": "application/json", "X-Csrf": state.csrf },
      body: JSON.stringify(body || {}) });
    return { ok: response.ok, status: response.status, ...(await response.json()) };
  } catch (error) {
    return { ok: false, status: 0, fel: "Något gick fel. Försök igen om en stund." };
  }
}

function say(text) {
  $("#besked").innerHTML = text ? `<p>${esc(text)}</p>` : "";
}

function go(path, message) {
  history.pushState({}, "", path);
  render();
  say(message || "");
}

function stopBankid() {
  state.round += 1;
  state.timers.forEach((timer) => { clearInterval(timer); clearTimeout(timer); });
  state.timers = [];
}

function shell() {
  const oldBrowser = /Trident\/|MSIE /.test(navigator.userAgent) && !deviates("H1");
  document.getElementById("app").innerHTML = `
    ${oldBrowser ? '<div class="ie" role="alert">Mina sidor fungerar inte fullt ut i Internet Explorer. Använd en nyare webbläsare, till exempel Edge, Chrome eller Firefox.</div>' : ""}
    <header class="topp"><a href="/" class="logga">Norrsken Energi</a>
      <nav aria-label="Genvägar"><a href="/hjalp/logga-in">Kundhjälp</a></nav><div class="konto"></div></header>
    <main><div id="besked" aria-live="assertive"></div><div id="vy"></div></main>
    <footer>Norrsken Energi · kundtjänst 0771-00 00 00</footer>`;
}

function account() {
  const box = $(".konto");
  if (!state.customer) {
    box.innerHTML = '<a href="/mina-sidor/logga-in">Mina sidor</a>';
    return;
  }
  const name = esc(state.customer.namn);
  if (deviates("H6")) {
    box.innerHTML = `<button type="button" id="namn">${name}</button> <button type="button" id="logga-ut">Logga ut</button>`;
  } else {
    box.innerHTML = `<button type="button" id="namn" aria-haspopup="menu" aria-expanded="false" aria-controls="kontomeny">${name}</button>
      <ul id="kontomeny" role="menu" aria-labelledby="namn" hidden>
        <li role="none"><a role="menuitem" href="/mina-sidor">Översikt</a></li>
        <li role="none"><button type="button" role="menuitem" id="logga-ut">Logga ut</button></li></ul>`;
    $("#namn").addEventListener("click", () => menu($("#kontomeny").hidden));
    $("#kontomeny").addEventListener("keydown", (event) => { if (event.key === "Escape") { menu(false); $("#namn").focus(); } });
  }
  $("#logga-ut").addEventListener("click", async () => {
    const answer = await api("/api/logga-ut");
    state.csrf = answer.csrf;
    state.customer = null;
    state.choice = null;
    go("/mina-sidor/logga-in", "Du är utloggad.");
  });
}

function menu(open) {
  $("#kontomeny").hidden = !open;
  $("#namn").setAttribute("aria-expanded", String(open));
}

function view(title, html) {
  document.title = `${title} – Norrsken Energi`;
  $("#vy").innerHTML = html;
}

function form(id, fields, button) {
  return `<form id="${id}" novalidate>${fields.map(([name, label, type]) =>
    `<label for="${name}">${label}</label><input id="${name}" name="${name}" type="${type || "text"}">`).join("")}
    <button type="submit">${button}</button></form>`;
}

function onSubmit(id, send) {
  $(`#${id}`).addEventListener("submit", async (event) => {
    event.preventDefault();
    const button = event.target.querySelector("button[type=submit]");
    button.disabled = true;
    say("");
    const values = Object.fromEntries(new FormData(event.target));
    await send(values);
    if (button.isConnected) button.disabled = false;
  });
}

function startPage() {
  view("Start", "<h1>Välkommen till Norrsken Energi</h1><p>Logga in på Mina sidor för att se dina fakturor och avtal.</p>");
}

function helpPage(slug) {
  const section = HELP.find(([key]) => key === slug);
  if (!section) { notFound(); return; }
  const submenu = deviates("H2") ? "" : `<nav aria-label="Fler hjälpavsnitt"><ul>${HELP.map(([key, title]) =>
    `<li><a href="/hjalp/${key}"${key === slug ? ' aria-current="page"' : ""}>${esc(title)}</a></li>`).join("")}</ul></nav>`;
  view(section[1], `<h1>Kundhjälp</h1><div class="hjalp">${submenu}
    <article><h2>${esc(section[1])}</h2><p>Här hittar du svar på vanliga frågor om ${esc(section[1].toLowerCase())}.</p></article></div>`);
}

function loginPage(params) {
  const choice = state.choice || (params.get("bankid") ? "bankid" : "bankid");
  const bankidName = deviates("H3") ? "BankID" : "Mobilt BankID";
  view("Logga in", `<h1>Mina sidor</h1>
    <div class="inloggning${deviates("H4") ? " under" : ""}">
      <div class="val">
        <div role="group" aria-label="Välj hur du vill logga in">
          <button type="button" data-val="bankid" aria-pressed="${choice === "bankid"}">${bankidName}</button>
          <button type="button" data-val="kundnummer" aria-pressed="${choice === "kundnummer"}">${deviates("H5") ? "Användarnamn" : "Kundnummer"}</button>
        </div>
        <section data-panel="bankid" aria-label="${bankidName}"${choice === "bankid" ? "" : " hidden"}>
          <p>Logga in med BankID-appen i din telefon eller surfplatta.</p>
          <button type="button" id="bankid-start">Logga in med BankID</button>
          <div id="bankid-aktiv" hidden>
            <img id="bankid-qr" alt="QR-kod för BankID" width="200" height="200">
            <p id="bankid-instruktion" aria-live="polite"></p>
            <p><a id="bankid-app" href="#">Öppna BankID på den här enheten</a></p>
            <button type="button" id="bankid-avbryt">Avbryt</button>
          </div>
          <button type="button" id="bankid-igen" hidden>Försök igen</button>
        </section>
        <form data-panel="kundnummer" id="inloggning" novalidate${choice === "kundnummer" ? "" : " hidden"}>
          <label for="anvandarnamn">Kundnummer</label>
          <input id="anvandarnamn" name="anvandarnamn" autocomplete="username" aria-describedby="anv-tips">
          <p id="anv-tips">Företag: skriv 16 före organisationsnumret.</p>
          <label for="losenord">Lösenord</label>
          <input id="losenord" name="losenord" type="password" autocomplete="current-password">
          <button type="submit">Logga in</button>
        </form>
      </div>
      <aside aria-labelledby="forsta"><h2 id="forsta">Första gången du loggar in</h2>
        <p>Innan du loggar in med kundnummer första gången registrerar du din e-postadress och skapar ett lösenord.</p>
        <ul><li><a href="/mina-sidor/ny-kund">Ny kund/Registrera E-post</a></li>
          <li><a href="/mina-sidor/skapa-losenord">Skapa lösenord</a></li></ul></aside>
    </div>`);
  document.querySelectorAll("[data-val]").forEach((button) => button.addEventListener("click", () => {
    state.choice = button.dataset.val;
    document.querySelectorAll("[data-val]").forEach((other) => other.setAttribute("aria-pressed", String(other === button)));
    document.querySelectorAll("[data-panel]").forEach((panel) => { panel.hidden = panel.dataset.panel !== state.choice; });
  }));
  onSubmit("inloggning", async (values) => {
    const answer = await api("/api/logga-in", values);
    if (!answer.ok) { say(answer.fel); return; }
    state.customer = { namn: answer.namn };
    const back = params.get("till");
    go(back && back.startsWith("/mina-sidor") ? back : "/mina-sidor");
  });
  $("#bankid-start").addEventListener("click", startBankid);
  $("#bankid-igen").addEventListener("click", startBankid);
  $("#bankid-avbryt").addEventListener("click", async () => { stopBankid(); failed((await api("/api/bankid/avbryt")).fel); });
  $("#bankid-app").addEventListener("click", () => { $("#bankid-qr").hidden = true; });
  if (params.get("bankid") === "fortsatt") { $("#bankid-start").hidden = true; $("#bankid-aktiv").hidden = false; poll(state.round); }
}

function failed(text) {
  stopBankid();
  $("#bankid-aktiv").hidden = true;
  $("#bankid-igen").hidden = false;
  say(text);
}

async function startBankid() {
  stopBankid();
  const round = state.round;
  $("#bankid-start").hidden = true;
  $("#bankid-igen").hidden = true;
  say("");
  const answer = await api("/api/bankid/start", { mobil: /Android|iPhone|iPad|Mobile/i.test(navigator.userAgent) });
  if (round !== state.round) return;
  if (!answer.ok) { failed(answer.fel); return; }
  $("#bankid-app").href = answer.app;
  $("#bankid-qr").hidden = false;
  $("#bankid-aktiv").hidden = false;
  $("#bankid-instruktion").textContent = "Starta BankID-appen och läs av QR-koden.";
  const qr = () => { $("#bankid-qr").src = `/api/bankid/qr?${Date.now()}`; };
  qr();
  state.timers.push(setInterval(qr, 1000));
  poll(round);
}

async function poll(round) {
  const answer = await api("/api/bankid/status");
  if (round !== state.round) return;
  if (answer.namn) { stopBankid(); state.customer = { namn: answer.namn }; go("/mina-sidor"); return; }
  if (!answer.ok) { failed(answer.fel); return; }
  $("#bankid-instruktion").textContent = answer.status;
  state.timers.push(setTimeout(() => poll(round), 300));
}

function overview() {
  if (!state.customer) {
    history.replaceState({}, "", "/mina-sidor/logga-in?till=/mina-sidor");
    render();
    say("Logga in för att se Mina sidor.");
    return;
  }
  view("Översikt", `<h1>Översikt</h1><p>Välkommen, ${esc(state.customer.namn)}. Här ser du dina avtal och fakturor.</p>`);
}

function registerPage() {
  view("Ny kund", `<h1>Ny kund – registrera e-post</h1>${form("registrera", [["kundnummer", "Kundnummer"],
    ["personnummer", "Personnummer (ÅÅÅÅMMDD-XXXX)"], ["epost", "E-postadress", "email"]], "Registrera e-postadress")}
    <p>Företag skriver 16 och organisationsnumret i stället för personnummer.</p>`);
  onSubmit("registrera", async (values) => {
    const answer = await api("/api/registrera", values);
    if (!answer.ok) { say(answer.fel); return; }
    $("#registrera").outerHTML = '<p>Nästa steg: <a href="/mina-sidor/skapa-losenord">Skapa lösenord</a>.</p>';
    say(answer.text);
  });
}

function createPasswordPage() {
  view("Skapa lösenord", `<h1>Skapa lösenord</h1><p>Vi mejlar en länk till e-postadressen du har registrerat.</p>
    ${form("skapa", [["kundnummer", "Kundnummer"]], "Skapa lösenord")}`);
  onSubmit("skapa", async (values) => {
    const answer = await api("/api/losenordslank", values);
    say(answer.ok ? answer.text : answer.fel);
  });
}

function deadLink() {
  view("Länken fungerar inte", "<h1>Länken fungerar inte längre</h1><p>Beställ en ny länk för att välja lösenord.</p>");
}

async function choosePasswordPage() {
  const key = new URLSearchParams(location.hash.slice(1)).get("nyckel") || "";
  view("Välj lösenord", "<h1>Välj lösenord</h1><p>Kontrollerar länken …</p>");
  const check = await api("/api/losenord/nyckel", { nyckel: key });
  if (!check.ok) { deadLink(); return; }
  view("Välj lösenord", `<h1>Välj lösenord</h1>${form("valj", [["losenord", "Nytt lösenord", "password"]], "Spara lösenord")}
    <p>Minst 10 tecken, varav minst en siffra.</p>`);
  onSubmit("valj", async (values) => {
    const answer = await api("/api/losenord", { nyckel: key, ...values });
    if (answer.status === 410) { deadLink(); say(answer.fel); return; }
    if (!answer.ok) { say(answer.fel); return; }
    state.choice = "kundnummer";
    go("/mina-sidor/logga-in", answer.text);
  });
}

function notFound() {
  view("Sidan hittades inte", '<h1>Sidan hittades inte</h1><p>Adressen finns inte hos oss. <a href="/">Till startsidan</a></p>');
}

function render() {
  stopBankid();
  account();
  const path = location.pathname.replace(/\/+$/, "") || "/";
  const params = new URLSearchParams(location.search);
  const help = path.match(/^\/hjalp\/([a-z-]+)$/);
  if (path === "/") startPage();
  else if (help) helpPage(help[1]);
  else if (path === "/mina-sidor") overview();
  else if (path === "/mina-sidor/logga-in") loginPage(params);
  else if (path === "/mina-sidor/ny-kund") registerPage();
  else if (path === "/mina-sidor/skapa-losenord") createPasswordPage();
  else if (path === "/mina-sidor/valj-losenord") choosePasswordPage();
  else notFound();
}

async function start() {
  const session = await fetch("/api/session").then((response) => response.json());
  state.csrf = session.csrf;
  state.customer = session.kund;
  state.deviations = session.avvikelser;
  shell();
  render();
}

document.addEventListener("click", (event) => {
  const link = event.target.closest("a[href]");
  if (!link || link.origin !== location.origin || event.ctrlKey || event.metaKey || event.shiftKey) return;
  if (link.getAttribute("href").startsWith("#")) return;
  event.preventDefault();
  if (state.customer && $("#kontomeny")) menu(false);
  go(link.pathname + link.search + link.hash);
});
window.addEventListener("popstate", start);
start();
