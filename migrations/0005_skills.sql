-- Skills, the trainee record and outcomes: the skills framework (areas and competencies, the
-- stations each competency qualifies a trainee for), observations on shifts with the till
-- evidence attached, sign-offs (with a second signer where needed, withdrawn with a reason),
-- qualifications, the trainee record (the minimum the café needs: no health or offence
-- details), outcomes with sustainment checks, and the readiness checklist. Instants are UTC ISO
-- text; dates ('YYYY-MM-DD') are café days.

CREATE TABLE skill_areas (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
  position INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX skill_areas_by_name ON skill_areas (name COLLATE NOCASE);

-- A competency is never deleted (sign-offs and observations name it), only retired. Editing
-- its code, title or criterion never rewrites a sign-off: each sign-off keeps them as signed.
CREATE TABLE competencies (
  id TEXT PRIMARY KEY,
  area_id TEXT NOT NULL REFERENCES skill_areas (id),
  code TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 12),
  title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 80),
  -- What an observer must see, in the café's words.
  criterion TEXT NOT NULL CHECK (length(criterion) BETWEEN 1 AND 400),
  -- Observations at the independent level, on separate shifts, that a sign-off needs.
  observations_needed INTEGER NOT NULL CHECK (observations_needed BETWEEN 1 AND 20),
  second_signer INTEGER NOT NULL DEFAULT 0 CHECK (second_signer IN (0, 1)),
  position INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX competencies_by_code ON competencies (code COLLATE NOCASE);
CREATE INDEX competencies_by_area ON competencies (area_id, position);

-- The stations a competency qualifies a trainee for: a trainee is signed off for a station
-- once signed off for every active competency linked to it (the rota warns otherwise).
CREATE TABLE competency_stations (
  competency_id TEXT NOT NULL REFERENCES competencies (id),
  station_id TEXT NOT NULL REFERENCES stations (id),
  PRIMARY KEY (competency_id, station_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX competency_stations_by_station ON competency_stations (station_id, competency_id);

-- The default framework (../shared/domain/skills-framework.md); the manager edits it.
INSERT INTO skill_areas (id, name, position, updated_at) VALUES
  ('area-food-safety', 'Food safety', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('area-till-cash', 'Till and cash', 2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('area-customer-service', 'Customer service', 3, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('area-barista', 'Barista', 4, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('area-kitchen', 'Kitchen', 5, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('area-teamwork', 'Teamwork', 6, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

INSERT INTO competencies (id, area_id, code, title, criterion, observations_needed, second_signer, position, updated_at) VALUES
  ('competency-fs1', 'area-food-safety', 'FS1', 'Personal hygiene', 'Clean uniform, hair tied or covered, no jewellery; washes hands at the required moments; reports illness before the shift', 3, 1, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('competency-fs2', 'area-food-safety', 'FS2', 'Cleaning', 'Follows the cleaning schedule with the right chemical and dilution; stores chemicals safely; signs the record', 2, 1, 2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('competency-fs3', 'area-food-safety', 'FS3', 'Temperature checks', 'Takes and records fridge, hot-hold and probe readings; knows and takes the corrective action when out of range', 2, 1, 3, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('competency-fs4', 'area-food-safety', 'FS4', 'Storage and date labels', 'Checks a delivery; labels opened items with dates; first in, first out; raw food below ready-to-eat', 2, 1, 4, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('competency-fs5', 'area-food-safety', 'FS5', 'Allergens', 'Names the 14 allergens; asks about allergies when taking an order; answers from the allergen chart; escalates when unsure', 3, 1, 5, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('competency-fs6', 'area-food-safety', 'FS6', 'Opening and closing checks', 'Completes the SFBB opening and closing checks and signs the diary', 2, 1, 6, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('competency-tc1', 'area-till-cash', 'TC1', 'Float and opening the till', 'Counts the float against the sheet; reports a difference to the supervisor', 2, 0, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('competency-tc2', 'area-till-cash', 'TC2', 'Orders and payments', 'At least 3 cash and 3 card sales correct: items, options, change, receipt', 3, 0, 2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('competency-tc3', 'area-till-cash', 'TC3', 'Refunds, voids and discounts', 'Follows the procedure and asks a supervisor; never authorises their own', 2, 0, 3, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('competency-tc4', 'area-till-cash', 'TC4', 'Cash-up', 'Counts takings, completes the cash-up, reports the variance', 2, 0, 4, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('competency-cs1', 'area-customer-service', 'CS1', 'Greeting and serving', 'Greets promptly; takes the order accurately; repeats it back', 3, 0, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('competency-cs2', 'area-customer-service', 'CS2', 'Menu knowledge', 'Describes the menu and specials, ingredients and dietary options; suggests an item', 2, 0, 2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('competency-cs3', 'area-customer-service', 'CS3', 'Feedback and complaints', 'Listens, apologises, resolves within own authority or passes it on; records it', 2, 0, 3, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('competency-cs4', 'area-customer-service', 'CS4', 'Front of house', 'Tables cleared and wiped; display stocked and at temperature; spills signed and cleared', 2, 0, 4, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('competency-ba1', 'area-barista', 'BA1', 'Espresso to recipe', 'Doses, levels and tamps; three shots in a row within the house time and yield', 3, 0, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('competency-ba2', 'area-barista', 'BA2', 'Milk', 'Purges the wand; right texture and temperature for each drink; cleans after', 3, 0, 2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('competency-ba3', 'area-barista', 'BA3', 'Core drinks at a peak', 'Makes the café''s core drinks to the recipe card at service speed during a busy period', 2, 0, 3, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('competency-ba4', 'area-barista', 'BA4', 'Machine care', 'Daily clean and back-flush; checks the grind and reports drift', 2, 0, 4, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('competency-ki1', 'area-kitchen', 'KI1', 'Preparation', 'Colour-coded boards; follows the recipe card; portions to the spec; safe knife use', 2, 1, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('competency-ki2', 'area-kitchen', 'KI2', 'Cooking and hot holding', 'Cooks, reheats and hot-holds safely; probes and records', 2, 1, 2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('competency-tb1', 'area-teamwork', 'TB1', 'Reliability', 'Comes to agreed shifts or tells the supervisor beforehand; shown as a trend, never a sanction', 5, 0, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('competency-tb2', 'area-teamwork', 'TB2', 'Teamwork and handover', 'Passes on orders and handovers clearly; helps others at busy times', 2, 0, 2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('competency-tb3', 'area-teamwork', 'TB3', 'Safety and respect', 'Reports hazards; lifts and carries hot liquids safely; respectful to every customer and colleague', 2, 0, 3, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- What working a station alone needs by default: the till's orders and payments; espresso and
-- milk at the machine; hygiene, preparation and cooking in the kitchen; greeting and serving
-- front of house; cleaning at the pot wash.
INSERT INTO competency_stations (competency_id, station_id) VALUES
  ('competency-tc2', 'station-till'),
  ('competency-ba1', 'station-barista'),
  ('competency-ba2', 'station-barista'),
  ('competency-fs1', 'station-kitchen'),
  ('competency-ki1', 'station-kitchen'),
  ('competency-ki2', 'station-kitchen'),
  ('competency-cs1', 'station-front'),
  ('competency-fs2', 'station-pot-wash');

-- An observation of a trainee against a competency on one of their shifts. Nobody observes
-- themselves. One per competency per shift: a sign-off counts separate shifts.
CREATE TABLE skill_observations (
  id TEXT PRIMARY KEY,
  trainee_id TEXT NOT NULL REFERENCES staff (id),
  competency_id TEXT NOT NULL REFERENCES competencies (id),
  shift_id TEXT NOT NULL REFERENCES shifts (id),
  level TEXT NOT NULL CHECK (level IN ('shadowing', 'with_support', 'independent')),
  note TEXT,
  observer_id TEXT NOT NULL REFERENCES staff (id),
  observer_name TEXT NOT NULL,
  observed_at TEXT NOT NULL,
  CHECK (observer_id <> trainee_id),
  UNIQUE (trainee_id, competency_id, shift_id)
) STRICT;
CREATE INDEX skill_observations_by_trainee ON skill_observations (trainee_id, competency_id, observed_at);
CREATE INDEX skill_observations_by_shift ON skill_observations (shift_id);

-- Till evidence attached to an observation: the trainee's sales (journal entries) and the cash
-- sessions they opened or closed on that shift.
CREATE TABLE skill_observation_evidence (
  observation_id TEXT NOT NULL REFERENCES skill_observations (id),
  kind TEXT NOT NULL CHECK (kind IN ('sale', 'cash_session')),
  ref_id TEXT NOT NULL,
  PRIMARY KEY (observation_id, kind, ref_id)
) STRICT, WITHOUT ROWID;

-- The observations of one shift's sales, found by the shift (sales carry their operator's shift).
CREATE INDEX journal_by_shift ON journal (shift_id, at) WHERE shift_id IS NOT NULL;

-- A sign-off keeps the competency as it was signed (code, title, criterion, area), whatever
-- the framework says later. With a second signer needed it waits for one, who is neither the
-- first signer nor the trainee. Withdrawn with a reason, never deleted.
CREATE TABLE skill_signoffs (
  id TEXT PRIMARY KEY,
  trainee_id TEXT NOT NULL REFERENCES staff (id),
  competency_id TEXT NOT NULL REFERENCES competencies (id),
  code TEXT NOT NULL,
  title TEXT NOT NULL,
  criterion TEXT NOT NULL,
  area_name TEXT NOT NULL,
  observations_needed INTEGER NOT NULL,
  second_signer_needed INTEGER NOT NULL CHECK (second_signer_needed IN (0, 1)),
  first_signer_id TEXT NOT NULL REFERENCES staff (id),
  first_signer_name TEXT NOT NULL,
  first_signed_at TEXT NOT NULL,
  second_signer_id TEXT REFERENCES staff (id),
  second_signer_name TEXT,
  second_signed_at TEXT,
  -- Complete once every signature needed is there: this is when it counts.
  signed_off_at TEXT,
  withdrawn_by_id TEXT REFERENCES staff (id),
  withdrawn_by_name TEXT,
  withdrawn_at TEXT,
  withdrawn_reason TEXT,
  CHECK (first_signer_id <> trainee_id),
  CHECK (second_signer_id IS NULL OR (second_signer_id <> trainee_id AND second_signer_id <> first_signer_id)),
  CHECK ((second_signer_id IS NULL) = (second_signed_at IS NULL)),
  CHECK (second_signer_needed = 1 OR second_signer_id IS NULL),
  CHECK (signed_off_at IS NULL OR second_signer_needed = 0 OR second_signer_id IS NOT NULL),
  CHECK ((withdrawn_at IS NULL) = (withdrawn_reason IS NULL))
) STRICT;
-- One standing sign-off (complete or waiting for its second signer) per trainee and competency.
CREATE UNIQUE INDEX skill_signoffs_standing ON skill_signoffs (trainee_id, competency_id) WHERE withdrawn_at IS NULL;
CREATE INDEX skill_signoffs_by_trainee ON skill_signoffs (trainee_id, first_signed_at);
CREATE INDEX skill_signoffs_by_day ON skill_signoffs (signed_off_at) WHERE signed_off_at IS NOT NULL;

-- The observations a sign-off stood on.
CREATE TABLE skill_signoff_observations (
  signoff_id TEXT NOT NULL REFERENCES skill_signoffs (id),
  observation_id TEXT NOT NULL REFERENCES skill_observations (id),
  PRIMARY KEY (signoff_id, observation_id)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER skill_signoffs_never_deleted BEFORE DELETE ON skill_signoffs
BEGIN
  SELECT RAISE(ABORT, 'a sign-off cannot be deleted: withdraw it with a reason');
END;
CREATE TRIGGER skill_signoffs_as_signed BEFORE UPDATE ON skill_signoffs
  WHEN NEW.code IS NOT OLD.code OR NEW.title IS NOT OLD.title OR NEW.criterion IS NOT OLD.criterion OR NEW.area_name IS NOT OLD.area_name
    OR NEW.trainee_id IS NOT OLD.trainee_id OR NEW.competency_id IS NOT OLD.competency_id
    OR NEW.first_signer_id IS NOT OLD.first_signer_id OR NEW.first_signed_at IS NOT OLD.first_signed_at
    OR OLD.withdrawn_at IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'a sign-off keeps what was signed: it can only be countersigned or withdrawn');
END;

-- Qualifications such as Level 2 Food Safety: exams, not skills. Removed with a reason (a
-- mistake), kept on record.
CREATE TABLE qualifications (
  id TEXT PRIMARY KEY,
  staff_id TEXT NOT NULL REFERENCES staff (id),
  title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
  awarding_body TEXT,
  awarded_on TEXT NOT NULL,
  certificate_number TEXT,
  expires_on TEXT,
  recorded_by_id TEXT NOT NULL REFERENCES staff (id),
  recorded_by_name TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  removed_by_id TEXT REFERENCES staff (id),
  removed_at TEXT,
  removed_reason TEXT,
  CHECK (expires_on IS NULL OR expires_on > awarded_on),
  CHECK ((removed_at IS NULL) = (removed_reason IS NULL))
) STRICT;
CREATE INDEX qualifications_by_staff ON qualifications (staff_id, awarded_on);

-- The trainee record: the minimum the café needs. The name is the staff row's, and so is the
-- consent to be named on receipts (staff.named_on_receipts). No health or offence details.
CREATE TABLE trainee_records (
  staff_id TEXT PRIMARY KEY REFERENCES staff (id),
  preferred_name TEXT,
  start_date TEXT,
  programme TEXT,
  referral_source TEXT CHECK (referral_source IN ('day_centre', 'probation', 'mental_health_service', 'college', 'self')),
  referral_date TEXT,
  goal TEXT,
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'completed', 'withdrawn')),
  status_since TEXT NOT NULL,
  status_reason TEXT,
  -- Optional, for funders' breakdowns only.
  gender TEXT CHECK (gender IN ('woman', 'man', 'non_binary', 'other', 'prefer_not_to_say')),
  updated_by_id TEXT REFERENCES staff (id),
  updated_at TEXT NOT NULL,
  CHECK (status <> 'withdrawn' OR status_reason IS NOT NULL),
  CHECK (referral_date IS NULL OR start_date IS NULL OR referral_date <= start_date)
) STRICT, WITHOUT ROWID;
CREATE INDEX trainee_records_by_start ON trainee_records (start_date);

-- Every status a trainee has had, from when: a cohort report counts who was active, completed
-- or withdrew in a period.
CREATE TABLE trainee_status_changes (
  id TEXT PRIMARY KEY,
  staff_id TEXT NOT NULL REFERENCES staff (id),
  status TEXT NOT NULL CHECK (status IN ('active', 'paused', 'completed', 'withdrawn')),
  since TEXT NOT NULL,
  reason TEXT,
  changed_by_id TEXT REFERENCES staff (id),
  changed_by_name TEXT,
  changed_at TEXT NOT NULL
) STRICT;
CREATE INDEX trainee_status_changes_by_staff ON trainee_status_changes (staff_id, since);

-- A move into work, training, education or volunteering. Never before the trainee's start
-- date (the core refuses it); time to outcome is counted from that date.
CREATE TABLE outcomes (
  id TEXT PRIMARY KEY,
  staff_id TEXT NOT NULL REFERENCES staff (id),
  kind TEXT NOT NULL CHECK (kind IN ('paid_job', 'apprenticeship', 'training_education', 'volunteering')),
  started_on TEXT NOT NULL,
  employer_or_provider TEXT NOT NULL,
  -- Minutes a week (16.5 hours is 990), so sums stay exact; entered in quarter hours.
  minutes_per_week INTEGER CHECK (minutes_per_week IS NULL OR minutes_per_week BETWEEN 15 AND 4800),
  evidence TEXT CHECK (evidence IN ('letter', 'payslip', 'self_declaration')),
  note TEXT,
  recorded_by_id TEXT NOT NULL REFERENCES staff (id),
  recorded_by_name TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  removed_by_id TEXT REFERENCES staff (id),
  removed_at TEXT,
  removed_reason TEXT,
  CHECK ((removed_at IS NULL) = (removed_reason IS NULL))
) STRICT;
CREATE INDEX outcomes_by_staff ON outcomes (staff_id, started_on);
CREATE INDEX outcomes_by_day ON outcomes (started_on) WHERE removed_at IS NULL;

-- Sustainment checks at 6 weeks and 6 months after the outcome started.
CREATE TABLE outcome_checks (
  outcome_id TEXT NOT NULL REFERENCES outcomes (id),
  checkpoint TEXT NOT NULL CHECK (checkpoint IN ('six_weeks', 'six_months')),
  checked_on TEXT NOT NULL,
  sustained INTEGER NOT NULL CHECK (sustained IN (0, 1)),
  evidence TEXT CHECK (evidence IN ('letter', 'payslip', 'self_declaration')),
  note TEXT,
  checked_by_id TEXT NOT NULL REFERENCES staff (id),
  checked_by_name TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (outcome_id, checkpoint)
) STRICT, WITHOUT ROWID;

-- Readiness for paid work: a checklist the manager defines, ticked per trainee.
CREATE TABLE readiness_items (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
  position INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX readiness_items_by_title ON readiness_items (title COLLATE NOCASE);

CREATE TABLE readiness_ticks (
  staff_id TEXT NOT NULL REFERENCES staff (id),
  item_id TEXT NOT NULL REFERENCES readiness_items (id),
  ticked_by_id TEXT NOT NULL REFERENCES staff (id),
  ticked_by_name TEXT NOT NULL,
  ticked_at TEXT NOT NULL,
  note TEXT,
  PRIMARY KEY (staff_id, item_id)
) STRICT, WITHOUT ROWID;
