-- Counter hardware: receipt and kitchen printers, the print queue, the cash drawer's log, and
-- scanners. Also: a closed cash session can never be opened again, even behind Apron's back.

-- One row per till. Connections are JSON checked by the core's schema
-- ({"kind":"network","host":"192.168.1.50","port":9100}, {"kind":"none"}, ...).
CREATE TABLE printer_settings (
  till_id TEXT PRIMARY KEY REFERENCES tills (id),
  receipt_connection TEXT NOT NULL DEFAULT '{"kind":"none"}',
  columns INTEGER NOT NULL DEFAULT 48 CHECK (columns IN (32, 42, 48)),
  print_every_sale INTEGER NOT NULL DEFAULT 1 CHECK (print_every_sale IN (0, 1)),
  drawer_pin INTEGER NOT NULL DEFAULT 2 CHECK (drawer_pin IN (2, 5)),
  -- JSON array of tenders whose sales open the drawer.
  drawer_tenders TEXT NOT NULL DEFAULT '["cash"]',
  footer TEXT,
  qr TEXT,
  -- JSON {"width","height","bits"}: a one-colour picture, or NULL.
  logo TEXT,
  kitchen_connection TEXT NOT NULL DEFAULT '{"kind":"none"}',
  kitchen_columns INTEGER NOT NULL DEFAULT 42 CHECK (kitchen_columns IN (32, 42, 48)),
  -- JSON array of category ids whose items go on a kitchen ticket.
  kitchen_category_ids TEXT NOT NULL DEFAULT '[]'
) STRICT;
INSERT INTO printer_settings (till_id) VALUES ('till-1');

-- The durable print queue. A job is written in the same transaction as what it prints; the
-- host's worker sends it and marks it printed. `seq` keeps the order jobs were made in.
CREATE TABLE print_jobs (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  till_id TEXT NOT NULL REFERENCES tills (id),
  target TEXT NOT NULL CHECK (target IN ('receipt', 'kitchen')),
  -- 'receipt', 'copy', 'x_report', 'z_report', 'kitchen', 'test', 'drawer'
  kind TEXT NOT NULL,
  -- What it prints, in words, for the settings screen ("Receipt 1042").
  what TEXT NOT NULL,
  -- The PrintDocument as JSON; NULL for a drawer-only job.
  document TEXT,
  open_drawer INTEGER NOT NULL DEFAULT 0 CHECK (open_drawer IN (0, 1)),
  entry_id TEXT REFERENCES journal (id),
  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'printed', 'cancelled')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  last_error TEXT,
  created_at TEXT NOT NULL,
  printed_at TEXT
) STRICT;
CREATE INDEX print_jobs_pending ON print_jobs (target, seq) WHERE state = 'pending';
CREATE INDEX print_jobs_by_entry ON print_jobs (entry_id) WHERE entry_id IS NOT NULL;

-- Every time Apron asks the drawer to open, and why.
CREATE TABLE drawer_openings (
  id TEXT PRIMARY KEY,
  till_id TEXT NOT NULL REFERENCES tills (id),
  at TEXT NOT NULL,
  reason TEXT NOT NULL CHECK (reason IN ('sale', 'refund', 'void', 'no_sale', 'test')),
  entry_id TEXT REFERENCES journal (id),
  movement_id TEXT REFERENCES cash_movements (id),
  job_id TEXT NOT NULL REFERENCES print_jobs (id),
  by_id TEXT REFERENCES staff (id),
  by_name TEXT
) STRICT;
CREATE INDEX drawer_openings_by_at ON drawer_openings (at);

CREATE TABLE scanner_settings (
  till_id TEXT PRIMARY KEY REFERENCES tills (id),
  prefix TEXT NOT NULL DEFAULT '',
  end_key TEXT NOT NULL DEFAULT 'Enter' CHECK (end_key IN ('Enter', 'Tab', 'none')),
  max_key_gap_ms INTEGER NOT NULL DEFAULT 50 CHECK (max_key_gap_ms BETWEEN 10 AND 200),
  hid_enabled INTEGER NOT NULL DEFAULT 0 CHECK (hid_enabled IN (0, 1)),
  hid_vendor_id INTEGER CHECK (hid_vendor_id BETWEEN 0 AND 65535),
  hid_product_id INTEGER CHECK (hid_product_id BETWEEN 0 AND 65535),
  hid_reads TEXT NOT NULL DEFAULT 'both' CHECK (hid_reads IN ('badges', 'barcodes', 'both'))
) STRICT;
INSERT INTO scanner_settings (till_id) VALUES ('till-1');

-- Whether a person agreed to have their first name printed on receipts ("Served by Tom").
ALTER TABLE staff ADD COLUMN named_on_receipts INTEGER NOT NULL DEFAULT 0 CHECK (named_on_receipts IN (0, 1));

CREATE TRIGGER cash_sessions_stay_closed BEFORE UPDATE ON cash_sessions
  WHEN OLD.closed_at IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'a closed cash session cannot be changed or reopened');
END;
