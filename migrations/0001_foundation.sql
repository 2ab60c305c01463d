-- The café, its staff and the audit log.

CREATE TABLE install (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  -- Badge codes are hashed with this per-install salt so that one scan finds its owner
  -- in one indexed look-up; PINs use a salt per person (the person is chosen first).
  badge_salt TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
INSERT INTO install (id, badge_salt) VALUES (1, lower(hex(randomblob(16))));

CREATE TABLE cafe (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL,
  address TEXT NOT NULL,
  vat_number TEXT,
  charity_number TEXT,
  idle_lock_seconds INTEGER NOT NULL DEFAULT 120 CHECK (idle_lock_seconds BETWEEN 30 AND 3600),
  sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE staff (
  id TEXT PRIMARY KEY,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('trainee', 'supervisor', 'manager')),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  pin_hash TEXT,
  badge_hash TEXT UNIQUE,
  failed_pin_count INTEGER NOT NULL DEFAULT 0,
  locked_until TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX staff_by_name ON staff (active, display_name);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor_id TEXT REFERENCES staff (id),
  actor_name TEXT,
  actor_role TEXT,
  authorised_by_id TEXT REFERENCES staff (id),
  authorised_by_name TEXT,
  action TEXT NOT NULL,
  subject_type TEXT,
  subject_id TEXT,
  outcome TEXT NOT NULL CHECK (outcome IN ('done', 'refused', 'failed')),
  summary TEXT NOT NULL
) STRICT;
CREATE INDEX audit_by_actor ON audit_log (actor_id, id);
CREATE INDEX audit_by_action ON audit_log (action, id);
