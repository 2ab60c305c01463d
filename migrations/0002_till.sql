-- The till: catalogue, sales journal, practice sales, held orders, cash sessions, Z reports.
-- Money is integer pence, VAT rates are basis points (2000 = 20%), times are UTC ISO text.

-- One counter PC is one till. Receipt and Z numbers are counters on its row, moved inside
-- the sale's own transaction, so they are gapless: a rolled-back sale takes no number.
CREATE TABLE tills (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  practice INTEGER NOT NULL DEFAULT 0 CHECK (practice IN (0, 1)),
  last_receipt_number INTEGER NOT NULL DEFAULT 0,
  last_z_number INTEGER NOT NULL DEFAULT 0,
  -- The hash of the newest journal entry, which the next one carries.
  last_hash TEXT NOT NULL DEFAULT '',
  discount_limit_trainee INTEGER NOT NULL DEFAULT 10 CHECK (discount_limit_trainee BETWEEN 0 AND 100),
  discount_limit_supervisor INTEGER NOT NULL DEFAULT 50 CHECK (discount_limit_supervisor BETWEEN 0 AND 100),
  discount_limit_manager INTEGER NOT NULL DEFAULT 100 CHECK (discount_limit_manager BETWEEN 0 AND 100)
) STRICT;
INSERT INTO tills (id, name) VALUES ('till-1', 'Till 1');

CREATE TABLE categories (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  colour TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE products (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  category_id TEXT NOT NULL REFERENCES categories (id),
  price_pence INTEGER NOT NULL CHECK (price_pence >= 0),
  vat_class TEXT NOT NULL CHECK (vat_class IN ('standard', 'cold_takeaway_zero', 'zero', 'reduced')),
  barcode TEXT UNIQUE,
  icon TEXT,
  open_price INTEGER NOT NULL DEFAULT 0 CHECK (open_price IN (0, 1)),
  max_price_pence INTEGER CHECK (max_price_pence IS NULL OR max_price_pence > 0),
  position INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX products_by_category ON products (category_id, position);

CREATE TABLE modifier_groups (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  min_choices INTEGER NOT NULL CHECK (min_choices >= 0),
  max_choices INTEGER NOT NULL CHECK (max_choices >= 1 AND max_choices >= min_choices),
  updated_at TEXT NOT NULL
) STRICT;

-- Options dropped from a group are switched off, not deleted: held orders may name them.
CREATE TABLE modifier_options (
  id TEXT PRIMARY KEY,
  group_id TEXT NOT NULL REFERENCES modifier_groups (id),
  name TEXT NOT NULL,
  price_delta_pence INTEGER NOT NULL CHECK (price_delta_pence >= 0),
  position INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;
CREATE INDEX modifier_options_by_group ON modifier_options (group_id, position);

CREATE TABLE product_modifier_groups (
  product_id TEXT NOT NULL REFERENCES products (id),
  group_id TEXT NOT NULL REFERENCES modifier_groups (id),
  position INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (product_id, group_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE discount_reasons (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  position INTEGER NOT NULL DEFAULT 0
) STRICT;
INSERT INTO discount_reasons (id, name, position) VALUES
  ('reason-staff-meal', 'Staff meal', 1),
  ('reason-concession', 'Concession', 2),
  ('reason-volunteer', 'Volunteer', 3),
  ('reason-complaint', 'Complaint', 4);

CREATE TABLE cash_sessions (
  id TEXT PRIMARY KEY,
  till_id TEXT NOT NULL REFERENCES tills (id),
  opened_at TEXT NOT NULL,
  opened_by_id TEXT NOT NULL REFERENCES staff (id),
  opened_by_name TEXT NOT NULL,
  float_pence INTEGER NOT NULL CHECK (float_pence >= 0),
  float_counts TEXT NOT NULL,
  closed_at TEXT,
  closed_by_id TEXT REFERENCES staff (id),
  counted_pence INTEGER,
  counted_counts TEXT,
  z_number INTEGER,
  UNIQUE (till_id, z_number)
) STRICT;
-- At most one open session per till.
CREATE UNIQUE INDEX cash_sessions_open ON cash_sessions (till_id) WHERE closed_at IS NULL;

CREATE TABLE cash_movements (
  id TEXT PRIMARY KEY,
  cash_session_id TEXT NOT NULL REFERENCES cash_sessions (id),
  kind TEXT NOT NULL CHECK (kind IN ('no_sale', 'paid_out', 'lift')),
  amount_pence INTEGER NOT NULL CHECK (amount_pence >= 0),
  reason TEXT NOT NULL,
  at TEXT NOT NULL,
  by_id TEXT NOT NULL REFERENCES staff (id),
  by_name TEXT NOT NULL,
  authorised_by_id TEXT REFERENCES staff (id)
) STRICT;
CREATE INDEX cash_movements_by_session ON cash_movements (cash_session_id, at);

-- The sales journal: sales, and the refunds and voids that reverse them. Never updated or
-- deleted (the triggers below); each entry carries the previous entry's hash and its own.
CREATE TABLE journal (
  id TEXT PRIMARY KEY,
  till_id TEXT NOT NULL REFERENCES tills (id),
  kind TEXT NOT NULL CHECK (kind IN ('sale', 'refund', 'void')),
  receipt_number INTEGER NOT NULL,
  order_type TEXT NOT NULL CHECK (order_type IN ('eat_in', 'takeaway')),
  at TEXT NOT NULL,
  operator_id TEXT NOT NULL REFERENCES staff (id),
  operator_name TEXT NOT NULL,
  authorised_by_id TEXT REFERENCES staff (id),
  authorised_by_name TEXT,
  reason TEXT,
  shift_id TEXT,
  cash_session_id TEXT REFERENCES cash_sessions (id),
  original_id TEXT REFERENCES journal (id),
  client_ref TEXT UNIQUE,
  items_pence INTEGER NOT NULL,
  discount_pence INTEGER NOT NULL,
  total_pence INTEGER NOT NULL,
  vat_pence INTEGER NOT NULL,
  tendered_pence INTEGER NOT NULL,
  change_pence INTEGER NOT NULL CHECK (change_pence >= 0),
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  UNIQUE (till_id, receipt_number)
) STRICT;
CREATE INDEX journal_by_at ON journal (at);
CREATE INDEX journal_by_session ON journal (cash_session_id, kind);
CREATE INDEX journal_by_original ON journal (original_id) WHERE original_id IS NOT NULL;
CREATE INDEX journal_by_total ON journal (total_pence, at);

CREATE TABLE journal_lines (
  id TEXT PRIMARY KEY,
  entry_id TEXT NOT NULL REFERENCES journal (id),
  line_no INTEGER NOT NULL,
  -- The entry's time again, so the VAT summary reads one covering index.
  at TEXT NOT NULL,
  product_id TEXT,
  name TEXT NOT NULL,
  quantity INTEGER NOT NULL,
  modifiers TEXT NOT NULL DEFAULT '[]',
  unit_pence INTEGER NOT NULL,
  items_pence INTEGER NOT NULL,
  line_discount_pence INTEGER NOT NULL DEFAULT 0,
  order_discount_pence INTEGER NOT NULL DEFAULT 0,
  discount_reason TEXT,
  total_pence INTEGER NOT NULL,
  vat_rate_bp INTEGER NOT NULL,
  vat_pence INTEGER NOT NULL,
  -- For a refund or void line: the sale line it gives back.
  original_line_id TEXT REFERENCES journal_lines (id),
  UNIQUE (entry_id, line_no)
) STRICT;
CREATE INDEX journal_lines_vat ON journal_lines (at, vat_rate_bp, total_pence, vat_pence);
CREATE INDEX journal_lines_by_original ON journal_lines (original_line_id) WHERE original_line_id IS NOT NULL;

CREATE TABLE journal_payments (
  entry_id TEXT NOT NULL REFERENCES journal (id),
  position INTEGER NOT NULL,
  tender TEXT NOT NULL CHECK (tender IN ('cash', 'card')),
  -- Negative for money given back.
  amount_pence INTEGER NOT NULL,
  PRIMARY KEY (entry_id, position)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER journal_never_updated BEFORE UPDATE ON journal BEGIN SELECT RAISE(ABORT, 'a finished sale cannot be changed'); END;
CREATE TRIGGER journal_never_deleted BEFORE DELETE ON journal BEGIN SELECT RAISE(ABORT, 'a finished sale cannot be deleted'); END;
CREATE TRIGGER journal_lines_never_updated BEFORE UPDATE ON journal_lines BEGIN SELECT RAISE(ABORT, 'a finished sale cannot be changed'); END;
CREATE TRIGGER journal_lines_never_deleted BEFORE DELETE ON journal_lines BEGIN SELECT RAISE(ABORT, 'a finished sale cannot be deleted'); END;
CREATE TRIGGER journal_payments_never_updated BEFORE UPDATE ON journal_payments BEGIN SELECT RAISE(ABORT, 'a finished sale cannot be changed'); END;
CREATE TRIGGER journal_payments_never_deleted BEFORE DELETE ON journal_payments BEGIN SELECT RAISE(ABORT, 'a finished sale cannot be deleted'); END;

-- Practice sales: their own table, numbering and review; never in takings or reports.
CREATE TABLE practice_sales (
  id TEXT PRIMARY KEY,
  till_id TEXT NOT NULL REFERENCES tills (id),
  at TEXT NOT NULL,
  operator_id TEXT NOT NULL REFERENCES staff (id),
  client_ref TEXT UNIQUE,
  total_pence INTEGER NOT NULL,
  -- The whole sale as the trainee completed it (the Sale shape, JSON).
  sale TEXT NOT NULL,
  review TEXT CHECK (review IN ('right', 'wrong')),
  reviewed_by_id TEXT REFERENCES staff (id),
  reviewed_at TEXT
) STRICT;
CREATE INDEX practice_sales_by_operator ON practice_sales (operator_id, at);

CREATE TABLE held_orders (
  id TEXT PRIMARY KEY,
  till_id TEXT NOT NULL REFERENCES tills (id),
  label TEXT NOT NULL,
  basket TEXT NOT NULL,
  held_by_id TEXT NOT NULL REFERENCES staff (id),
  held_by_name TEXT NOT NULL,
  at TEXT NOT NULL
) STRICT;

-- Z reports as issued: the figures are frozen at close and never recomputed.
CREATE TABLE z_reports (
  till_id TEXT NOT NULL REFERENCES tills (id),
  number INTEGER NOT NULL,
  cash_session_id TEXT NOT NULL UNIQUE REFERENCES cash_sessions (id),
  at TEXT NOT NULL,
  by_name TEXT NOT NULL,
  net_sales_pence INTEGER NOT NULL,
  variance_pence INTEGER NOT NULL,
  report TEXT NOT NULL,
  PRIMARY KEY (till_id, number)
) STRICT;
CREATE TRIGGER z_reports_never_updated BEFORE UPDATE ON z_reports BEGIN SELECT RAISE(ABORT, 'a Z report cannot be changed'); END;
CREATE TRIGGER z_reports_never_deleted BEFORE DELETE ON z_reports BEGIN SELECT RAISE(ABORT, 'a Z report cannot be deleted'); END;
