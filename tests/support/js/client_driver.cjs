// Drives a real npm client library for the tests, unchanged but for its base URL (and, for
// BankID, the CA and client certificate). One JSON request per line on stdin:
//   {"id": 1, "method": "authenticate", "args": [{...}]}
// One JSON answer per line on stdout: {"id": 1, "ok": result} or {"id": 1, "error": {...}}.
"use strict";
const readline = require("readline");
const fs = require("fs");

const [kind, configJson] = process.argv.slice(2);
const config = JSON.parse(configJson);

function bankidClient() {
  const { BankIdClientV6, QrGenerator } = require("bankid");
  const client = new BankIdClientV6({
    production: false, ca: fs.readFileSync(config.ca), pfx: fs.readFileSync(config.pfx), passphrase: config.passphrase,
    refreshInterval: config.refreshInterval || 2000,
  });
  client.axios.defaults.baseURL = config.baseURL;
  if (config.contentType) client.axios.defaults.headers["Content-Type"] = config.contentType;  // only to provoke 415
  // The QR code the client library itself generates: what a phone would read off the screen.
  const withQr = async (answer) => {
    const { qr, ...rest } = answer;
    return { ...rest, qrData: await QrGenerator.latestQrFromCache(answer.orderRef) };
  };
  return {
    authenticate: async (p) => withQr(await client.authenticate(p)),
    sign: async (p) => withQr(await client.sign(p)),
    collect: (p) => client.collect(p),
    cancel: (p) => client.cancel(p),
    awaitPendingCollect: (orderRef) => client.awaitPendingCollect(orderRef),
    __methods__: () => publicMethods(Object.getPrototypeOf(client)),
  };
}

function mailpitClient() {
  const { MailpitClient } = require("mailpit-api");
  const client = new MailpitClient(config.baseURL);
  client.__methods__ = () => publicMethods(MailpitClient.prototype);
  return client;
}

// Every call a client class offers (its prototype chain's methods), for the coverage check.
function publicMethods(prototype) {
  const names = new Set();
  for (let p = prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    for (const name of Object.getOwnPropertyNames(p)) {
      if (name !== "constructor" && !name.startsWith("_") && typeof p[name] === "function") names.add(name);
    }
  }
  return [...names].sort();
}

async function plain(value) {
  if (value instanceof Blob) {
    return { blobType: value.type, base64: Buffer.from(await value.arrayBuffer()).toString("base64") };
  }
  return value === undefined ? null : value;
}

function described(error) {
  if (error && typeof error === "object" && !(error instanceof Error)) return { rejected: error };
  return { name: error.name, message: error.message, code: error.code, details: error.details };
}

const client = kind === "bankid" ? bankidClient() : mailpitClient();
const lines = readline.createInterface({ input: process.stdin });
lines.on("line", async (line) => {
  const { id, method, args } = JSON.parse(line);
  let answer;
  try {
    const call = client[method];
    if (typeof call !== "function") throw new Error(`no such call: ${method}`);
    answer = { id, ok: await plain(await call.apply(client, args || [])) };
  } catch (error) {
    answer = { id, error: described(error) };
  }
  process.stdout.write(JSON.stringify(answer) + "\n");
});
// The test closed stdin: every call has been answered. Timers the libraries keep (the QR
// cache's expiry, keep-alive sockets) must not hold the process.
lines.on("close", () => process.exit(0));
