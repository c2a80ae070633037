-- The simulator's state. One SQLite database; every change of state and the callbacks it causes
-- are written in one transaction (see store/db.py). Times are UTC text `YYYY-MM-DD HH:MM:SS`,
-- which sorts correctly; money is an integer number of millionths of the account's currency.

CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS accounts (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    parent_id     INTEGER REFERENCES accounts(id),
    is_reseller   INTEGER NOT NULL DEFAULT 0,
    is_demo       INTEGER NOT NULL DEFAULT 0,
    name          TEXT NOT NULL,
    contact       TEXT,
    email         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT,
    msisdn        TEXT,
    timezone      TEXT NOT NULL,
    currency      TEXT NOT NULL,
    balance       INTEGER NOT NULL DEFAULT 0,
    sms_price     INTEGER NOT NULL,
    number_price  INTEGER NOT NULL,
    sms_margin    REAL NOT NULL DEFAULT 0,
    number_margin REAL NOT NULL DEFAULT 0,
    client_pays   INTEGER NOT NULL DEFAULT 1,
    credit_based  INTEGER NOT NULL DEFAULT 1,
    payment_method TEXT,
    fixed_top_up_amount INTEGER NOT NULL DEFAULT 0,
    goo_enabled   INTEGER NOT NULL DEFAULT 1,
    api_key       TEXT NOT NULL UNIQUE,
    api_secret    TEXT NOT NULL,
    dlr_callback  TEXT,
    reply_callback TEXT,
    link_hits_callback TEXT,
    created       TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS sender_ids (
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    kind       TEXT NOT NULL CHECK (kind IN ('business_name', 'mobile_number')),
    value      TEXT NOT NULL,
    PRIMARY KEY (account_id, kind, value)
);

CREATE TABLE IF NOT EXISTS transactions (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id       INTEGER NOT NULL REFERENCES accounts(id),
    type_id          INTEGER NOT NULL,
    type_description TEXT NOT NULL,
    description      TEXT NOT NULL,
    amount           INTEGER NOT NULL,
    balance_after    INTEGER NOT NULL,
    created          TEXT NOT NULL,
    message_id       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS transactions_by_account ON transactions (account_id, created);

CREATE TABLE IF NOT EXISTS messages (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id         INTEGER NOT NULL REFERENCES accounts(id),
    payer_id           INTEGER NOT NULL REFERENCES accounts(id),
    kind               TEXT NOT NULL,
    text               TEXT NOT NULL,
    sender             TEXT,
    list_id            INTEGER,
    list_name          TEXT,
    send_at            TEXT NOT NULL,
    created            TEXT NOT NULL,
    cancelled          INTEGER NOT NULL DEFAULT 0,
    validity           INTEGER NOT NULL,
    recipients         INTEGER NOT NULL,
    sms                INTEGER NOT NULL,
    cost               INTEGER NOT NULL,
    suppressed         INTEGER NOT NULL DEFAULT 0,
    dlr_callback       TEXT,
    reply_callback     TEXT,
    link_hits_callback TEXT,
    tracked_link_url   TEXT,
    replies_to_email   TEXT
);
CREATE INDEX IF NOT EXISTS messages_by_account ON messages (account_id, send_at);

CREATE TABLE IF NOT EXISTS recipients (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id   INTEGER NOT NULL REFERENCES messages(id),
    account_id   INTEGER NOT NULL,
    msisdn       TEXT NOT NULL,
    first_name   TEXT,
    last_name    TEXT,
    text         TEXT NOT NULL,
    parts        INTEGER NOT NULL,
    sender       TEXT NOT NULL,
    status       TEXT NOT NULL,
    final_status TEXT NOT NULL,
    due_at       TEXT,
    pending_dlr_at TEXT,
    dlr_at       TEXT,
    optout       INTEGER NOT NULL DEFAULT 0,
    link_code    TEXT,
    unsub_code   TEXT,
    link_hits    INTEGER NOT NULL DEFAULT 0,
    last_hit_at  TEXT
);
CREATE INDEX IF NOT EXISTS recipients_due ON recipients (status, due_at);
CREATE INDEX IF NOT EXISTS recipients_pending_dlr ON recipients (pending_dlr_at) WHERE pending_dlr_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS recipients_by_message ON recipients (message_id, id);
CREATE INDEX IF NOT EXISTS recipients_by_msisdn ON recipients (msisdn, id);
-- Link codes are unique, but only messages with links have them: partial indexes keep the NULLs of
-- every other recipient out (a database made before this has the same rule as column constraints).
CREATE UNIQUE INDEX IF NOT EXISTS recipients_by_link_code ON recipients (link_code) WHERE link_code IS NOT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS recipients_by_unsub_code ON recipients (unsub_code) WHERE unsub_code IS NOT NULL;
-- No query looks recipients up by account alone (recipients_by_msisdn serves the one that names
-- both), and each index costs every recipient written (issue 11): dropped from older databases too.
DROP INDEX IF EXISTS recipients_by_account;

CREATE TABLE IF NOT EXISTS replies (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id   INTEGER NOT NULL REFERENCES accounts(id),
    message_id   INTEGER NOT NULL DEFAULT 0,
    recipient_id INTEGER,
    list_id      INTEGER NOT NULL DEFAULT 0,
    keyword_id   INTEGER,
    msisdn       TEXT NOT NULL,
    longcode     TEXT NOT NULL,
    text         TEXT NOT NULL,
    received_at  TEXT NOT NULL,
    is_optout    INTEGER NOT NULL DEFAULT 0,
    first_name   TEXT,
    last_name    TEXT
);
CREATE INDEX IF NOT EXISTS replies_by_account ON replies (account_id, received_at);
CREATE INDEX IF NOT EXISTS replies_by_message ON replies (message_id);

CREATE TABLE IF NOT EXISTS optouts (
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    msisdn     TEXT NOT NULL,
    created    TEXT NOT NULL,
    source     TEXT NOT NULL,
    PRIMARY KEY (account_id, msisdn)
);

CREATE TABLE IF NOT EXISTS lists (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id      INTEGER NOT NULL REFERENCES accounts(id),
    name            TEXT NOT NULL COLLATE NOCASE,
    created         TEXT,
    fields          TEXT NOT NULL DEFAULT '{}',
    callback_id     INTEGER,
    callback_secret TEXT,
    callback_url    TEXT,
    UNIQUE (account_id, name)
);

CREATE TABLE IF NOT EXISTS contacts (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    list_id    INTEGER NOT NULL REFERENCES lists(id),
    account_id INTEGER NOT NULL,
    msisdn     TEXT NOT NULL,
    first_name TEXT NOT NULL DEFAULT '',
    last_name  TEXT NOT NULL DEFAULT '',
    fields     TEXT NOT NULL DEFAULT '{}',
    status     TEXT NOT NULL,
    inactive_reason TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (list_id, msisdn)
);
CREATE INDEX IF NOT EXISTS contacts_by_msisdn ON contacts (account_id, msisdn);

CREATE TABLE IF NOT EXISTS imports (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    list_id      INTEGER NOT NULL,
    account_id   INTEGER NOT NULL,
    file_url     TEXT NOT NULL,
    region       TEXT,
    status       TEXT NOT NULL,
    importlength INTEGER NOT NULL DEFAULT 0,
    completed    INTEGER NOT NULL DEFAULT 0,
    duplicates   INTEGER NOT NULL DEFAULT 0,
    skipped      INTEGER NOT NULL DEFAULT 0,
    optout       INTEGER NOT NULL DEFAULT 0,
    imported     INTEGER NOT NULL DEFAULT 0,
    error        TEXT,
    created      TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS imports_by_list ON imports (list_id, id);

CREATE TABLE IF NOT EXISTS numbers (
    number          TEXT PRIMARY KEY,
    account_id      INTEGER NOT NULL REFERENCES accounts(id),
    leased_at       TEXT NOT NULL,
    next_charge     TEXT NOT NULL,
    auto_renew      INTEGER NOT NULL DEFAULT 1,
    price           INTEGER NOT NULL,
    forward_url     TEXT,
    forward_email   TEXT,
    forward_sms     TEXT,
    list_id         INTEGER,
    welcome_message TEXT,
    members_message TEXT
);
CREATE INDEX IF NOT EXISTS numbers_by_account ON numbers (account_id, number);

CREATE TABLE IF NOT EXISTS keywords (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id      INTEGER NOT NULL REFERENCES accounts(id),
    number          TEXT NOT NULL,
    keyword         TEXT NOT NULL COLLATE NOCASE,
    reference       TEXT,
    list_id         INTEGER NOT NULL,
    welcome_message TEXT,
    members_message TEXT,
    forward_url     TEXT,
    forward_email   TEXT,
    forward_sms     TEXT,
    status          TEXT NOT NULL,
    billing_date    TEXT NOT NULL,
    created         TEXT NOT NULL,
    UNIQUE (number, keyword)
);

CREATE TABLE IF NOT EXISTS emails (
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    email      TEXT NOT NULL COLLATE NOCASE,
    max_sms    INTEGER NOT NULL,
    number     TEXT,
    created    TEXT NOT NULL,
    PRIMARY KEY (account_id, email)
);

CREATE TABLE IF NOT EXISTS forwards (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    target     TEXT NOT NULL,
    text       TEXT NOT NULL,
    reply_id   INTEGER,
    created    TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS callbacks (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id      INTEGER NOT NULL,
    kind            TEXT NOT NULL,
    url             TEXT NOT NULL,
    created         TEXT NOT NULL,
    next_attempt_at TEXT,
    attempts        INTEGER NOT NULL DEFAULT 0,
    status          TEXT NOT NULL,
    last_error      TEXT,
    completed_at    TEXT
);
CREATE INDEX IF NOT EXISTS callbacks_due ON callbacks (status, next_attempt_at);

CREATE TABLE IF NOT EXISTS callback_attempts (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    callback_id INTEGER NOT NULL REFERENCES callbacks(id),
    attempt     INTEGER NOT NULL,
    at          TEXT NOT NULL,
    status_code INTEGER,
    error       TEXT,
    ok          INTEGER NOT NULL,
    duration_ms INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS attempts_by_callback ON callback_attempts (callback_id, attempt);
