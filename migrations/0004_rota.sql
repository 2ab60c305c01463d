-- The rota, attendance and placement hours: stations, shifts (planned, clocked, approved),
-- breaks, templates, availability and time off, swaps, certified periods and the rota's
-- settings. Instants are UTC ISO text (`toISOString`, so text order is time order); a café
-- day is its Europe/London date, 'YYYY-MM-DD'; wall-clock times in templates and weekly
-- unavailability are 'HH:MM' in London.

CREATE TABLE stations (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
  position INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX stations_by_name ON stations (name COLLATE NOCASE);
INSERT INTO stations (id, name, position, updated_at) VALUES
  ('station-till', 'Till', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('station-barista', 'Barista', 2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('station-kitchen', 'Kitchen', 3, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('station-front', 'Front of house', 4, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('station-pot-wash', 'Pot wash', 5, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- The manager's rules for the rota: a longer shift or a shorter rest is flagged, not refused;
-- clocks within the tolerance of the plan are approved in bulk as planned.
CREATE TABLE rota_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  max_shift_minutes INTEGER NOT NULL DEFAULT 480 CHECK (max_shift_minutes BETWEEN 60 AND 960),
  min_rest_minutes INTEGER NOT NULL DEFAULT 660 CHECK (min_rest_minutes BETWEEN 0 AND 1440),
  approval_tolerance_minutes INTEGER NOT NULL DEFAULT 10 CHECK (approval_tolerance_minutes BETWEEN 0 AND 60),
  updated_at TEXT
) STRICT;
INSERT INTO rota_settings (id) VALUES (1);

-- One row per shift: planned (draft, then published), clocked at the kiosk, approved by a
-- supervisor. An unplanned shift is a clock-in with no plan behind it: it has no scheduled
-- times until a supervisor confirms it (with a station) and approves what was worked.
CREATE TABLE shifts (
  id TEXT PRIMARY KEY,
  -- The café day it belongs to: its scheduled start's, or its clock-in's when unplanned.
  day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  start_at TEXT,
  end_at TEXT,
  station_id TEXT REFERENCES stations (id),
  -- NULL: an open shift nobody has been given yet.
  trainee_id TEXT REFERENCES staff (id),
  supervisor_id TEXT REFERENCES staff (id),
  note TEXT,
  state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'published')),
  published_at TEXT,
  -- Moved, reassigned or cancelled after it was published: trainees see it marked as a change.
  changed_since_published INTEGER NOT NULL DEFAULT 0 CHECK (changed_since_published IN (0, 1)),
  -- What was published before the change, so the change can say what it was.
  published_start_at TEXT,
  published_end_at TEXT,
  unplanned INTEGER NOT NULL DEFAULT 0 CHECK (unplanned IN (0, 1)),
  confirmed_by_id TEXT REFERENCES staff (id),
  confirmed_at TEXT,
  clock_in_at TEXT,
  clock_out_at TEXT,
  approved_start_at TEXT,
  approved_end_at TEXT,
  -- Unpaid break minutes taken off the approved time.
  approved_break_minutes INTEGER CHECK (approved_break_minutes >= 0),
  -- Approved time less unpaid breaks: the placement hours this shift counts for.
  credited_minutes INTEGER CHECK (credited_minutes >= 0),
  approved_by_id TEXT REFERENCES staff (id),
  approved_by_name TEXT,
  approved_at TEXT,
  -- Why approved times differ from the clocks (a forgotten clock-out put right).
  approval_reason TEXT,
  -- Support information, never discipline: trainees are volunteers.
  attendance TEXT CHECK (attendance IN ('attended', 'late', 'absent', 'cancelled')),
  late_minutes INTEGER CHECK (late_minutes > 0),
  attendance_reason TEXT,
  absence_acceptable INTEGER CHECK (absence_acceptable IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (unplanned = 1 OR (start_at IS NOT NULL AND end_at IS NOT NULL AND station_id IS NOT NULL)),
  CHECK (unplanned = 0 OR (trainee_id IS NOT NULL AND clock_in_at IS NOT NULL)),
  CHECK ((start_at IS NULL) = (end_at IS NULL)),
  CHECK (start_at IS NULL OR end_at > start_at),
  CHECK (clock_out_at IS NULL OR (clock_in_at IS NOT NULL AND clock_out_at >= clock_in_at)),
  CHECK ((approved_start_at IS NULL) = (approved_end_at IS NULL)),
  CHECK (approved_start_at IS NULL OR approved_end_at > approved_start_at),
  CHECK (approved_at IS NULL OR (attendance IS NOT NULL AND credited_minutes IS NOT NULL AND trainee_id IS NOT NULL)),
  CHECK (credited_minutes IS NULL OR approved_at IS NOT NULL),
  CHECK (attendance IS NOT 'late' OR late_minutes IS NOT NULL),
  CHECK (attendance IS NOT 'absent' OR absence_acceptable IS NOT NULL),
  CHECK (attendance NOT IN ('absent', 'cancelled') OR (approved_start_at IS NULL AND coalesce(credited_minutes, 0) = 0))
) STRICT;
-- A period's rota and hours are read by day range, so their cost follows the period asked
-- for, not the years stored.
CREATE INDEX shifts_by_day ON shifts (day, start_at);
CREATE INDEX shifts_by_trainee ON shifts (trainee_id, day) WHERE trainee_id IS NOT NULL;
-- Credited hours of everyone over a period, from the index alone.
CREATE INDEX shifts_credited ON shifts (day, trainee_id, credited_minutes, attendance) WHERE credited_minutes IS NOT NULL;
-- Shifts still to approve in a period (the summary's "waiting", and what stops a certification).
CREATE INDEX shifts_unsettled ON shifts (day, trainee_id) WHERE approved_at IS NULL AND attendance IS NULL;
-- Who is clocked in now (the kiosk, and the sale's shift).
CREATE INDEX shifts_clocked_in ON shifts (trainee_id, clock_in_at) WHERE clock_in_at IS NOT NULL AND clock_out_at IS NULL;

CREATE TABLE shift_breaks (
  id TEXT PRIMARY KEY,
  shift_id TEXT NOT NULL REFERENCES shifts (id),
  start_at TEXT NOT NULL,
  end_at TEXT CHECK (end_at IS NULL OR end_at >= start_at),
  paid INTEGER NOT NULL DEFAULT 0 CHECK (paid IN (0, 1))
) STRICT;
CREATE INDEX shift_breaks_by_shift ON shift_breaks (shift_id, start_at);
-- One break at a time.
CREATE UNIQUE INDEX shift_breaks_open ON shift_breaks (shift_id) WHERE end_at IS NULL;

-- A typical week, in wall-clock times, so it lands at the same times either side of a clock change.
CREATE TABLE shift_templates (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
  created_at TEXT NOT NULL,
  created_by_id TEXT REFERENCES staff (id)
) STRICT;

CREATE TABLE shift_template_items (
  id TEXT PRIMARY KEY,
  template_id TEXT NOT NULL REFERENCES shift_templates (id) ON DELETE CASCADE,
  -- 1 = Monday … 7 = Sunday.
  weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  start_time TEXT NOT NULL CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
  end_time TEXT NOT NULL CHECK (end_time GLOB '[0-2][0-9]:[0-5][0-9]'),
  ends_next_day INTEGER NOT NULL DEFAULT 0 CHECK (ends_next_day IN (0, 1)),
  station_id TEXT NOT NULL REFERENCES stations (id),
  trainee_id TEXT REFERENCES staff (id),
  supervisor_id TEXT REFERENCES staff (id),
  note TEXT,
  CHECK (ends_next_day = 1 OR end_time > start_time)
) STRICT;
CREATE INDEX shift_template_items_by_template ON shift_template_items (template_id, weekday);

-- Weekly times a person cannot work (college on Tuesday mornings), in wall-clock time.
CREATE TABLE unavailable_times (
  id TEXT PRIMARY KEY,
  staff_id TEXT NOT NULL REFERENCES staff (id),
  weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  start_time TEXT NOT NULL CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
  -- '24:00' is the end of the day.
  end_time TEXT NOT NULL CHECK (end_time GLOB '[0-2][0-9]:[0-5][0-9]'),
  note TEXT,
  created_at TEXT NOT NULL,
  created_by_id TEXT REFERENCES staff (id),
  CHECK (end_time > start_time)
) STRICT;
CREATE INDEX unavailable_times_by_staff ON unavailable_times (staff_id, weekday);

-- Whole café days off (a hospital appointment, a holiday), both ends included.
CREATE TABLE time_off (
  id TEXT PRIMARY KEY,
  staff_id TEXT NOT NULL REFERENCES staff (id),
  from_day TEXT NOT NULL,
  to_day TEXT NOT NULL,
  reason TEXT,
  created_at TEXT NOT NULL,
  created_by_id TEXT REFERENCES staff (id),
  CHECK (to_day >= from_day)
) STRICT;
CREATE INDEX time_off_by_staff ON time_off (staff_id, to_day);

-- A trainee offers a published shift, another takes it, a supervisor approves or declines.
CREATE TABLE shift_swaps (
  id TEXT PRIMARY KEY,
  shift_id TEXT NOT NULL REFERENCES shifts (id),
  offered_by_id TEXT NOT NULL REFERENCES staff (id),
  offered_at TEXT NOT NULL,
  note TEXT,
  taken_by_id TEXT REFERENCES staff (id),
  taken_at TEXT,
  state TEXT NOT NULL DEFAULT 'offered' CHECK (state IN ('offered', 'taken', 'approved', 'declined', 'withdrawn')),
  decided_by_id TEXT REFERENCES staff (id),
  decided_at TEXT,
  decision_reason TEXT,
  CHECK (state NOT IN ('taken', 'approved') OR taken_by_id IS NOT NULL),
  CHECK (taken_by_id IS NULL OR taken_by_id <> offered_by_id)
) STRICT;
-- At most one live offer per shift.
CREATE UNIQUE INDEX shift_swaps_live ON shift_swaps (shift_id) WHERE state IN ('offered', 'taken');
CREATE INDEX shift_swaps_by_state ON shift_swaps (state, offered_at);

-- A manager certifies a week or a month of hours, for one trainee or everyone (staff_id
-- NULL). While it stands, the shifts it covers cannot change (triggers below, behind the
-- core's own check); reopening needs a reason, and a certification is never deleted.
CREATE TABLE hour_certifications (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('week', 'month')),
  from_day TEXT NOT NULL,
  to_day TEXT NOT NULL,
  staff_id TEXT REFERENCES staff (id),
  -- The credited minutes it covered when certified.
  credited_minutes INTEGER NOT NULL CHECK (credited_minutes >= 0),
  certified_by_id TEXT NOT NULL REFERENCES staff (id),
  certified_by_name TEXT NOT NULL,
  certified_at TEXT NOT NULL,
  reopened_by_id TEXT REFERENCES staff (id),
  reopened_by_name TEXT,
  reopened_at TEXT,
  reopen_reason TEXT,
  CHECK (to_day >= from_day),
  CHECK ((reopened_at IS NULL) = (reopen_reason IS NULL))
) STRICT;
CREATE INDEX hour_certifications_standing ON hour_certifications (to_day, from_day) WHERE reopened_at IS NULL;

CREATE TRIGGER hour_certifications_never_deleted BEFORE DELETE ON hour_certifications
BEGIN
  SELECT RAISE(ABORT, 'a certification cannot be deleted: reopen it with a reason');
END;
CREATE TRIGGER hour_certifications_only_reopened BEFORE UPDATE ON hour_certifications
  WHEN OLD.reopened_at IS NOT NULL OR NEW.from_day IS NOT OLD.from_day OR NEW.to_day IS NOT OLD.to_day
    OR NEW.staff_id IS NOT OLD.staff_id OR NEW.credited_minutes IS NOT OLD.credited_minutes OR NEW.certified_at IS NOT OLD.certified_at
BEGIN
  SELECT RAISE(ABORT, 'a certification can only be reopened, once');
END;

-- Backstop for the core's own check: nothing in a certified period changes, even behind Apron's back.
CREATE TRIGGER shifts_certified_insert BEFORE INSERT ON shifts
  WHEN EXISTS (SELECT 1 FROM hour_certifications c WHERE c.reopened_at IS NULL AND NEW.day BETWEEN c.from_day AND c.to_day AND (c.staff_id IS NULL OR c.staff_id IS NEW.trainee_id))
BEGIN
  SELECT RAISE(ABORT, 'hours in a certified period cannot be changed');
END;
CREATE TRIGGER shifts_certified_update BEFORE UPDATE ON shifts
  WHEN EXISTS (
    SELECT 1 FROM hour_certifications c WHERE c.reopened_at IS NULL AND (
      (OLD.day BETWEEN c.from_day AND c.to_day AND (c.staff_id IS NULL OR c.staff_id IS OLD.trainee_id))
      OR (NEW.day BETWEEN c.from_day AND c.to_day AND (c.staff_id IS NULL OR c.staff_id IS NEW.trainee_id))))
BEGIN
  SELECT RAISE(ABORT, 'hours in a certified period cannot be changed');
END;
CREATE TRIGGER shifts_certified_delete BEFORE DELETE ON shifts
  WHEN EXISTS (SELECT 1 FROM hour_certifications c WHERE c.reopened_at IS NULL AND OLD.day BETWEEN c.from_day AND c.to_day AND (c.staff_id IS NULL OR c.staff_id IS OLD.trainee_id))
BEGIN
  SELECT RAISE(ABORT, 'hours in a certified period cannot be changed');
END;
CREATE TRIGGER shift_breaks_certified_insert BEFORE INSERT ON shift_breaks
  WHEN EXISTS (
    SELECT 1 FROM shifts s JOIN hour_certifications c ON c.reopened_at IS NULL AND s.day BETWEEN c.from_day AND c.to_day AND (c.staff_id IS NULL OR c.staff_id IS s.trainee_id)
    WHERE s.id = NEW.shift_id)
BEGIN
  SELECT RAISE(ABORT, 'hours in a certified period cannot be changed');
END;
CREATE TRIGGER shift_breaks_certified_update BEFORE UPDATE ON shift_breaks
  WHEN EXISTS (
    SELECT 1 FROM shifts s JOIN hour_certifications c ON c.reopened_at IS NULL AND s.day BETWEEN c.from_day AND c.to_day AND (c.staff_id IS NULL OR c.staff_id IS s.trainee_id)
    WHERE s.id = OLD.shift_id)
BEGIN
  SELECT RAISE(ABORT, 'hours in a certified period cannot be changed');
END;
CREATE TRIGGER shift_breaks_certified_delete BEFORE DELETE ON shift_breaks
  WHEN EXISTS (
    SELECT 1 FROM shifts s JOIN hour_certifications c ON c.reopened_at IS NULL AND s.day BETWEEN c.from_day AND c.to_day AND (c.staff_id IS NULL OR c.staff_id IS s.trainee_id)
    WHERE s.id = OLD.shift_id)
BEGIN
  SELECT RAISE(ABORT, 'hours in a certified period cannot be changed');
END;
