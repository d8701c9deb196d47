"use strict";
// Norrsken Energi's Mina sidor as a single-page app: the shell (header, one message region, the
// view) is drawn once; each address is a view drawn here; forms are sent with fetch.

const HELP = [["logga-in", "Så här loggar du in på nya Mina sidor"], ["faktura", "Din faktura"],
  ["flytt", "Flytta eller säga upp"], ["kontakt", "Kontakta kundtjänst"]];
const state = { csrf: "", customer: null, deviations: [], variants: {}, choice: null, round: 0, timers: [] };
const $ = (selector) => document.querySelector(selector);
const esc = (text) => String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
const deviates = (rule) => state.deviations.includes(rule);
// The element's faithful rendering in this run (tests/spa_portal/variants.py).
const variant = (element) => state.variants[element];

async function api(path, body) {
  try {
    const response = await fetch(path, { method: "POST", headers: { "Content-Type": "application/json", "X-Csrf": state.csrf },
      body: JSON.stringify(body || {}) });
    return { ok: response.ok, status: response.status, ...(await response.json()) };
  } catch (error) {
    return { ok: false, status: 0, fel: "Något gick fel. Försök igen om en stund." };
  }
}

// A field's error (meddelande=falt): after the field, tied to it with aria-describedby, the field
// marked aria-invalid; a message about no one field in the live region.
function sayAtField(text, field) {
  document.querySelectorAll(".faltfel").forEach((said) => {
    const input = document.getElementById(said.dataset.for);
    if (input) {
      input.removeAttribute("aria-invalid");
      if (input.dataset.beskrivning) input.setAttribute("aria-describedby", input.dataset.beskrivning);
      else input.removeAttribute("aria-describedby");
    }
    said.remove();
  });
  const input = text && field ? document.querySelector(`#vy [name="${field}"]`) : null;
  if (!input) return false;
  input.insertAdjacentHTML("afterend", `<p class="faltfel" id="fel-${field}" data-for="${input.id}">${esc(text)}</p>`);
  input.dataset.beskrivning = input.getAttribute("aria-describedby") || "";
  input.setAttribute("aria-describedby", `${input.dataset.beskrivning} fel-${field}`.trim());
  input.setAttribute("aria-invalid", "true");
  input.focus();
  return true;
}

function say(text, field) {
  document.querySelectorAll(".toast").forEach((toast) => toast.remove());
  if (variant("meddelande") === "falt" && sayAtField(text, field)) { $("#besked").innerHTML = ""; return; }
  if (variant("formular") === "fragment") {  // the answer swapped in: a new message region, as htmx's outerHTML
    const old = $("#besked");
    old.replaceWith(old.cloneNode(false));
  }
  const how = variant("meddelande");
  if (how === "alert") {
    if (text) document.body.insertAdjacentHTML("beforeend", `<div class="toast" role="alert">${esc(text)}</div>`);
    return;
  }
  if (how === "fet" && text) {
    const [first, ...rest] = text.split(/(?<=[.!?]) /);
    $("#besked").innerHTML = `<p><strong>${esc(first)}</strong>${rest.length ? `<br>${esc(rest.join(" "))}` : ""}</p>`;
    return;
  }
  $("#besked").innerHTML = text ? `<p>${esc(text)}</p>` : "";
}

function go(path, message) {
  history.pushState({}, "", path);
  render();
  say(message || "");
}

function stopBankid() {
  state.round += 1;
  const status = $("#bankid-status");
  if (status) status.remove();
  state.timers.forEach((timer) => { clearInterval(timer); clearTimeout(timer); });
  state.timers = [];
}

const IE_NOTICE = {
  alert: '<div class="ie" role="alert">Mina sidor fungerar inte fullt ut i Internet Explorer. Använd en nyare webbläsare, till exempel Edge, Chrome eller Firefox.</div>',
  fet: '<div class="ie" role="alert"><strong>Du använder Internet Explorer.</strong> Mina sidor fungerar inte fullt ut där.<br>Byt till en annan webbläsare, till exempel Edge, Chrome eller Firefox.</div>',
  stycke: '<p class="ie">Mina sidor fungerar inte fullt ut i <em>Internet Explorer</em>. Byt gärna till en annan <a href="/hjalp/logga-in">webbläsare</a>, till exempel Edge eller Firefox.</p>',
  dialog: '<dialog open class="ie" aria-labelledby="ie-rubrik"><h2 id="ie-rubrik">Gammal webbläsare</h2><p>Mina sidor fungerar inte fullt ut i Internet Explorer.</p><p>Använd en annan webbläsare, till exempel Edge, Chrome eller Firefox.</p><form method="dialog"><button>Stäng</button></form></dialog>',
};

function shell() {
  const oldBrowser = /Trident\/|MSIE /.test(navigator.userAgent) && !deviates("H1");
  const notice = oldBrowser ? IE_NOTICE[variant("ie")] : "";
  const region = { region: 'aria-live="assertive"', alert: "", status: 'role="status"', fet: 'aria-live="polite"',
    falt: 'aria-live="polite"' }[variant("meddelande")];
  document.getElementById("app").innerHTML = `
    ${variant("ie") === "stycke" ? "" : notice}
    <header class="topp"><a href="/" class="logga">Norrsken Energi</a>
      <nav aria-label="Genvägar"><a href="/hjalp/logga-in">Kundhjälp</a></nav><div class="konto"></div></header>
    <main>${variant("ie") === "stycke" ? notice : ""}<div id="besked" ${region}></div><div id="vy"></div></main>
    <footer>Norrsken Energi · kundtjänst 0771-00 00 00</footer>`;
}

function account() {
  const box = $(".konto");
  box.classList.toggle("vanster", deviates("H6-vänster"));  // the name menu first in the header, top left
  if (!state.customer) {
    box.innerHTML = '<a href="/mina-sidor/logga-in">Mina sidor</a>';
    return;
  }
  const name = esc(state.customer.namn);
  if (deviates("H6")) {
    box.innerHTML = `<button type="button" id="namn">${name}</button> <button type="button" id="logga-ut">Logga ut</button>`;
  } else if (variant("namnmeny") === "details") {
    box.innerHTML = `<details class="konto-val"><summary>${name}</summary><ul>
        <li><a href="/mina-sidor">Översikt</a></li><li><button type="button" id="logga-ut">Logga ut</button></li></ul></details>`;
  } else if (variant("namnmeny") === "dialog") {
    box.innerHTML = `<button type="button" id="namn" aria-haspopup="dialog" aria-expanded="false" aria-controls="kontodialog">${name}</button>
      <dialog id="kontodialog" aria-label="Ditt konto"><p><a href="/mina-sidor">Översikt</a></p>
        <button type="button" id="logga-ut">Logga ut</button></dialog>`;
    $("#namn").addEventListener("click", () => {
      const dialog = $("#kontodialog");
      if (dialog.open) dialog.close(); else dialog.show();
      $("#namn").setAttribute("aria-expanded", String(dialog.open));
    });
  } else if (variant("namnmeny") === "lista") {
    box.innerHTML = `<button type="button" id="namn" aria-expanded="false" aria-controls="kontomeny">${name}</button>
      <ul id="kontomeny" class="lista" hidden><li><a href="/mina-sidor">Översikt</a></li>
        <li><button type="button" id="logga-ut">Logga ut</button></li></ul>`;
    $("#namn").addEventListener("click", () => menu($("#kontomeny").hidden));
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
    if (variant("formular") === "fragment" && event.target.isConnected) {  // the form swapped in anew, its values kept
      event.target.replaceWith(event.target.cloneNode(true));
      onSubmit(id, send);
    }
  });
}

function startPage() {
  view("Start", "<h1>Välkommen till Norrsken Energi</h1><p>Logga in på Mina sidor för att se dina fakturor och avtal.</p>");
}

function helpPage(slug) {
  const section = HELP.find(([key]) => key === slug);
  if (!section) { notFound(); return; }
  const items = (sections) => `<ul>${sections.map(([key, title]) =>
    `<li><a href="/hjalp/${key}"${key === slug ? ' aria-current="page"' : ""}>${esc(title)}</a></li>`).join("")}</ul>`;
  const how = variant("undermeny");
  const submenu = deviates("H2") ? "" : {
    lista: `<nav aria-label="Fler hjälpavsnitt">${items(HELP)}</nav>`,
    rubrik: `<nav aria-labelledby="fler"><h2 id="fler">Fler hjälpavsnitt</h2>${items(HELP.filter(([key]) => key !== slug))}</nav>`,
    dragspel: `<div class="fler"><button type="button" id="fler-knapp" aria-expanded="false" aria-controls="fler-lista">Fler hjälpavsnitt</button>
      <div id="fler-lista" hidden>${items(HELP)}</div></div>`,
    details: `<details class="fler"><summary>Fler hjälpavsnitt</summary>${items(HELP)}</details>`,
    ruta: `<div class="fler"><h2>Fler hjälpavsnitt</h2>${items(HELP.filter(([key]) => key !== slug))}</div>`,
  }[how];
  const article = `<article><h2>${esc(section[1])}</h2><p>Här hittar du svar på vanliga frågor om ${esc(section[1].toLowerCase())}.</p></article>`;
  view(section[1], `<h1>Kundhjälp</h1><div class="hjalp">${how === "rubrik" ? article + submenu : submenu + article}</div>`);
  if (how === "dragspel" && !deviates("H2")) $("#fler-knapp").addEventListener("click", () => {
    const open = $("#fler-lista").hidden;
    $("#fler-lista").hidden = !open;
    $("#fler-knapp").setAttribute("aria-expanded", String(open));
  });
}

function loginPage(params) {
  const choice = params.get("satt") || state.choice || "bankid";
  const bankidName = deviates("H3") ? "BankID" : "Mobilt BankID";
  view("Logga in", `<h1>Mina sidor</h1>
    <div class="inloggning${deviates("H4") ? " under" : ""}">
      <div class="val">
        ${choices(choice, bankidName, deviates("H5") ? "Användarnamn" : "Kundnummer")}
        <section data-panel="bankid" ${variant("val") === "flikar" ? 'role="tabpanel" aria-labelledby="val-bankid"' : `aria-label="${bankidName}"`}${choice === "bankid" ? "" : " hidden"}>
          <p>${variant("bankid") === "fortsatt" ? "Du legitimerar dig med BankID hos vår inloggningstjänst och kommer sedan tillbaka hit."
            : "Logga in med BankID-appen i din telefon eller surfplatta."}</p>
          <button type="button" id="bankid-start">Logga in med BankID</button>
          <div id="bankid-aktiv" hidden>
            <div id="bankid-qr"></div>
            ${variant("instruktion") === "panel" ? '<p id="bankid-instruktion" aria-live="polite"></p>' : ""}
            <p><a id="bankid-app" href="#">Öppna BankID på den här enheten</a></p>
            <button type="button" id="bankid-avbryt">Avbryt</button>
          </div>
          <button type="button" id="bankid-igen" hidden>Försök igen</button>
        </section>
        <form data-panel="kundnummer" id="inloggning" novalidate${variant("val") === "flikar" ? ' role="tabpanel" aria-labelledby="val-kundnummer"' : ""}${choice === "kundnummer" ? "" : " hidden"}>
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
  const list = $("[data-val-lista]");
  if (list) list.addEventListener("change", () => showChoice(list.value));
  document.querySelectorAll("[data-val]").forEach((control) =>
    control.addEventListener(control.type === "radio" ? "change" : "click", () => showChoice(control.dataset.val)));
  const tabs = [...document.querySelectorAll("[role=tab]")];
  tabs.forEach((tab, index) => tab.addEventListener("keydown", (event) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (!step) return;
    const next = tabs[(index + step + tabs.length) % tabs.length];
    showChoice(next.dataset.val);
    next.focus();
  }));
  onSubmit("inloggning", async (values) => {
    const answer = await api("/api/logga-in", values);
    if (!answer.ok) { say(answer.fel, answer.falt); return; }
    state.customer = { namn: answer.namn };
    const back = params.get("till");
    go(back && back.startsWith("/mina-sidor") ? back : "/mina-sidor");
  });
  if (variant("bankid") === "fortsatt") {
    $("#bankid-start").addEventListener("click", async () => {
      const answer = await api("/api/bankid/biljett");
      if (answer.ok) location.href = answer.till; else say(answer.fel);
    });
    $("#bankid-igen").addEventListener("click", () => $("#bankid-start").click());
    if (params.get("biljett")) back(params.get("biljett"));
    return;
  }
  $("#bankid-start").addEventListener("click", startBankid);
  $("#bankid-igen").addEventListener("click", startBankid);
  $("#bankid-avbryt").addEventListener("click", async () => { stopBankid(); failed((await api("/api/bankid/avbryt")).fel); });
  $("#bankid-app").addEventListener("click", () => { $("#bankid-qr").hidden = true; });
  if (params.get("bankid") === "fortsatt") { $("#bankid-start").hidden = true; $("#bankid-aktiv").hidden = false; poll(state.round); }
}

// Back from the identity broker (bankid=fortsatt) with its ticket: logged in, or told why not.
async function back(ticket) {
  history.replaceState({}, "", "/mina-sidor/logga-in?satt=bankid");
  const answer = await api("/api/bankid/biljett/anvand", { biljett: ticket });
  if (answer.namn) { state.customer = { namn: answer.namn }; go("/mina-sidor"); return; }
  $("#bankid-start").hidden = true;
  $("#bankid-igen").hidden = false;
  say(answer.fel);
}

// The choice between the two ways to log in, as this run renders it.
function choices(choice, bankidName, kundnummerName) {
  const both = [["bankid", bankidName], ["kundnummer", kundnummerName]];
  if (variant("val") === "flikar") return `<div role="tablist" aria-label="Välj hur du vill logga in">${both.map(([key, name]) =>
    `<button type="button" role="tab" id="val-${key}" data-val="${key}" aria-selected="${choice === key}" tabindex="${choice === key ? 0 : -1}">${name}</button>`).join("")}</div>`;
  if (variant("val") === "radio") return `<fieldset class="satt"><legend>Välj hur du vill logga in</legend>${both.map(([key, name]) =>
    `<label><input type="radio" name="satt" data-val="${key}"${choice === key ? " checked" : ""}> ${name}</label>`).join("")}</fieldset>`;
  if (variant("val") === "lista") return `<p class="satt"><label for="satt">Logga in med</label> <select id="satt" data-val-lista>${both.map(([key, name]) =>
    `<option value="${key}"${choice === key ? " selected" : ""}>${name}</option>`).join("")}</select></p>`;
  if (variant("val") === "lankar") return `<nav class="satt" aria-label="Välj hur du vill logga in">${both.map(([key, name]) =>
    `<a href="/mina-sidor/logga-in?satt=${key}" data-val="${key}"${choice === key ? ' aria-current="page"' : ""}>${name}</a>`).join(" ")}</nav>`;
  return `<div role="group" aria-label="Välj hur du vill logga in">${both.map(([key, name]) =>
    `<button type="button" data-val="${key}" aria-pressed="${choice === key}">${name}</button>`).join("")}</div>`;
}

function showChoice(key) {
  state.choice = key;
  document.querySelectorAll("[data-val]").forEach((other) => {
    const chosen = other.dataset.val === key;
    if (other.type === "radio") other.checked = chosen;
    else if (other.tagName === "A") { if (chosen) other.setAttribute("aria-current", "page"); else other.removeAttribute("aria-current"); }
    else if (other.getAttribute("role") === "tab") { other.setAttribute("aria-selected", String(chosen)); other.tabIndex = chosen ? 0 : -1; }
    else other.setAttribute("aria-pressed", String(chosen));
  });
  document.querySelectorAll("[data-panel]").forEach((panel) => { panel.hidden = panel.dataset.panel !== key; });
}

// BankID's instruction where this run writes it: a live paragraph in the panel, a status region at
// the end of <body>, or a status region made in the panel once there is something to say.
function instruct(text) {
  const how = variant("instruktion");
  let region = how === "slut" ? $("#bankid-status") : $("#bankid-instruktion");
  if (!region && text) {
    if (how === "slut") document.body.insertAdjacentHTML("beforeend", '<div id="bankid-status" role="status"></div>');
    else $("#bankid-qr").insertAdjacentHTML("afterend", '<div id="bankid-instruktion" role="status"></div>');
    region = how === "slut" ? $("#bankid-status") : $("#bankid-instruktion");
  }
  if (region) region.textContent = text;
  if (!text && how !== "panel" && region) region.remove();
}

// BankID's QR code of this second, as this run draws it.
async function drawQr() {
  const box = $("#bankid-qr");
  const address = `/api/bankid/qr?${Date.now()}`;
  const how = variant("qr");
  if (how === "src" || how === "img") {
    const img = how === "src" && box.querySelector("img") || document.createElement("img");
    Object.assign(img, { alt: "QR-kod för BankID", width: 200, height: 200, src: address });
    if (how === "img") box.replaceChildren(img); else if (!img.isConnected) box.append(img);
    return;
  }
  const response = await fetch(address);
  if (!response.ok) return;
  const svg = await response.text();
  if (how === "svg") {
    box.innerHTML = svg;
    const drawn = box.querySelector("svg");
    drawn.setAttribute("role", "img");
    drawn.setAttribute("aria-label", "QR-kod för BankID");
    Object.assign(drawn.style, { width: "200px", height: "200px" });
    return;
  }
  const picture = new Image();
  picture.src = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  await picture.decode();
  let canvas = box.querySelector("canvas");
  if (!canvas) {
    canvas = Object.assign(document.createElement("canvas"), { width: 200, height: 200 });
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", "QR-kod för BankID");
    box.append(canvas);
  }
  const context = canvas.getContext("2d");
  context.fillStyle = "#fff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(picture, 0, 0, canvas.width, canvas.height);
  URL.revokeObjectURL(picture.src);
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
  instruct("Starta BankID-appen och läs av QR-koden.");
  drawQr();
  state.timers.push(setInterval(drawQr, 1000));
  poll(round);
}

async function poll(round) {
  const answer = await api("/api/bankid/status");
  if (round !== state.round) return;
  if (answer.namn) { stopBankid(); state.customer = { namn: answer.namn }; go("/mina-sidor"); return; }
  if (!answer.ok) { failed(answer.fel); return; }
  instruct(answer.status);
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
    if (!answer.ok) { say(answer.fel, answer.falt); return; }
    $("#registrera").outerHTML = '<p>Nästa steg: <a href="/mina-sidor/skapa-losenord">Skapa lösenord</a>.</p>';
    say(answer.text);
  });
}

function createPasswordPage() {
  view("Skapa lösenord", `<h1>Skapa lösenord</h1><p>Vi mejlar en länk till e-postadressen du har registrerat.</p>
    ${form("skapa", [["kundnummer", "Kundnummer"]], "Skapa lösenord")}`);
  onSubmit("skapa", async (values) => {
    const answer = await api("/api/losenordslank", values);
    if (answer.ok) say(answer.text); else say(answer.fel, answer.falt);
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
    if (!answer.ok) { say(answer.fel, answer.falt); return; }
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
  state.variants = session.varianter;
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
