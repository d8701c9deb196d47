-- Mina sidor reference portal. Applied at start-up; every statement is idempotent.

CREATE TABLE IF NOT EXISTS customers (
    id INTEGER PRIMARY KEY,
    kundnummer TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('privat', 'foretag')),
    name TEXT NOT NULL,
    personnummer TEXT,          -- 12 digits, private customers
    orgnr TEXT UNIQUE,          -- 10 digits (without the 16 prefix), companies
    email TEXT,
    password_hash TEXT,
    password_changed_at REAL,
    CHECK ((kind = 'privat' AND personnummer IS NOT NULL AND orgnr IS NULL)
        OR (kind = 'foretag' AND orgnr IS NOT NULL))
);

-- Server-side session records: the cookie holds a random id, only its hash is stored.
CREATE TABLE IF NOT EXISTS sessions (
    id_hash TEXT PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    created_at REAL NOT NULL,
    last_seen_at REAL NOT NULL,
    ended_at REAL,
    end_reason TEXT
);
CREATE INDEX IF NOT EXISTS sessions_by_customer ON sessions (customer_id);

-- Rate-limit counters live here too, in the table their storage creates (ratelimit_storage.py).

-- "Skapa lösenord" links: only a hash of the token is stored; single use; expiring.
CREATE TABLE IF NOT EXISTS password_tokens (
    token_hash TEXT PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    created_at REAL NOT NULL,
    expires_at REAL NOT NULL,
    used_at REAL,
    voided_at REAL
);
CREATE INDEX IF NOT EXISTS password_tokens_by_customer ON password_tokens (customer_id);

-- Mail waiting to be handed to SMTP (sent by a worker thread, retried while SMTP is down).
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY,
    to_addr TEXT NOT NULL,
    subject TEXT NOT NULL,
    text_body TEXT NOT NULL,
    html_body TEXT,
    created_at REAL NOT NULL,
    next_attempt_at REAL NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    claimed_until REAL,
    sent_at REAL,
    failed_at REAL,
    last_error TEXT,
    message_id TEXT,                 -- fixed when queued: a retry is the same message to receivers
    expires_at REAL,                 -- the link inside is void from then: never sent after it
    registers_customer INTEGER       -- a registration's mail: the address is stored as it is sent
);

-- BankID orders started from a browser; the browser holds only a random handle (its hash here),
-- never qrStartSecret.
CREATE TABLE IF NOT EXISTS bankid_orders (
    handle_hash TEXT PRIMARY KEY,
    order_ref TEXT NOT NULL,
    auto_start_token TEXT NOT NULL,
    qr_start_token TEXT NOT NULL,
    qr_start_secret TEXT NOT NULL,
    started_at REAL NOT NULL,
    ended_at REAL
);

-- Failed password logins per account (lockout.py): kept 15 minutes, or until they lock.
CREATE TABLE IF NOT EXISTS login_failures (
    account TEXT NOT NULL,
    failed_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS login_failures_account ON login_failures (account);
CREATE TABLE IF NOT EXISTS login_lockouts (
    account TEXT PRIMARY KEY,
    locked_until REAL NOT NULL
);
