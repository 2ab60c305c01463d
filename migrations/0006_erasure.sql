-- Erasing a trainee who left long ago (trainees.erase): their personal details go, the
-- anonymous totals stay (hours, shifts, attendance, sign-offs, outcome kinds and dates, start
-- date, gender and referral source), so reports of past periods add up as before.

-- When the record was erased and by whom; an erased record is never erased twice.
ALTER TABLE trainee_records ADD COLUMN erased_at TEXT;
ALTER TABLE trainee_records ADD COLUMN erased_by_id TEXT REFERENCES staff (id);

-- Certified hours still lock every figure of a shift, but its free text (the note and the
-- reasons, personal to the trainee) may be cleared: erasure empties them, nothing else may
-- change them. Same rule as 0004 otherwise.
DROP TRIGGER shifts_certified_update;
CREATE TRIGGER shifts_certified_update BEFORE UPDATE ON shifts
  WHEN EXISTS (
    SELECT 1 FROM hour_certifications c WHERE c.reopened_at IS NULL AND (
      (OLD.day BETWEEN c.from_day AND c.to_day AND (c.staff_id IS NULL OR c.staff_id IS OLD.trainee_id))
      OR (NEW.day BETWEEN c.from_day AND c.to_day AND (c.staff_id IS NULL OR c.staff_id IS NEW.trainee_id))))
  AND (
    NEW.id IS NOT OLD.id OR NEW.day IS NOT OLD.day OR NEW.start_at IS NOT OLD.start_at OR NEW.end_at IS NOT OLD.end_at
    OR NEW.station_id IS NOT OLD.station_id OR NEW.trainee_id IS NOT OLD.trainee_id OR NEW.supervisor_id IS NOT OLD.supervisor_id
    OR NEW.state IS NOT OLD.state OR NEW.published_at IS NOT OLD.published_at OR NEW.changed_since_published IS NOT OLD.changed_since_published
    OR NEW.published_start_at IS NOT OLD.published_start_at OR NEW.published_end_at IS NOT OLD.published_end_at
    OR NEW.unplanned IS NOT OLD.unplanned OR NEW.confirmed_by_id IS NOT OLD.confirmed_by_id OR NEW.confirmed_at IS NOT OLD.confirmed_at
    OR NEW.clock_in_at IS NOT OLD.clock_in_at OR NEW.clock_out_at IS NOT OLD.clock_out_at
    OR NEW.approved_start_at IS NOT OLD.approved_start_at OR NEW.approved_end_at IS NOT OLD.approved_end_at
    OR NEW.approved_break_minutes IS NOT OLD.approved_break_minutes OR NEW.credited_minutes IS NOT OLD.credited_minutes
    OR NEW.approved_by_id IS NOT OLD.approved_by_id OR NEW.approved_by_name IS NOT OLD.approved_by_name OR NEW.approved_at IS NOT OLD.approved_at
    OR NEW.attendance IS NOT OLD.attendance OR NEW.late_minutes IS NOT OLD.late_minutes OR NEW.absence_acceptable IS NOT OLD.absence_acceptable
    OR NEW.created_at IS NOT OLD.created_at
    OR (NEW.note IS NOT OLD.note AND NEW.note IS NOT NULL)
    OR (NEW.approval_reason IS NOT OLD.approval_reason AND NEW.approval_reason IS NOT NULL)
    OR (NEW.attendance_reason IS NOT OLD.attendance_reason AND NEW.attendance_reason IS NOT NULL))
BEGIN
  SELECT RAISE(ABORT, 'hours in a certified period cannot be changed');
END;

-- A sign-off still keeps what was signed; once withdrawn nothing of it changes except its
-- reason, which erasure replaces (the reason is about the trainee, the withdrawal stays).
DROP TRIGGER skill_signoffs_as_signed;
CREATE TRIGGER skill_signoffs_as_signed BEFORE UPDATE ON skill_signoffs
  WHEN NEW.code IS NOT OLD.code OR NEW.title IS NOT OLD.title OR NEW.criterion IS NOT OLD.criterion OR NEW.area_name IS NOT OLD.area_name
    OR NEW.trainee_id IS NOT OLD.trainee_id OR NEW.competency_id IS NOT OLD.competency_id
    OR NEW.first_signer_id IS NOT OLD.first_signer_id OR NEW.first_signed_at IS NOT OLD.first_signed_at
    OR (OLD.withdrawn_at IS NOT NULL AND (
      NEW.observations_needed IS NOT OLD.observations_needed OR NEW.second_signer_needed IS NOT OLD.second_signer_needed
      OR NEW.first_signer_name IS NOT OLD.first_signer_name OR NEW.second_signer_id IS NOT OLD.second_signer_id
      OR NEW.second_signer_name IS NOT OLD.second_signer_name OR NEW.second_signed_at IS NOT OLD.second_signed_at
      OR NEW.signed_off_at IS NOT OLD.signed_off_at OR NEW.withdrawn_by_id IS NOT OLD.withdrawn_by_id
      OR NEW.withdrawn_by_name IS NOT OLD.withdrawn_by_name OR NEW.withdrawn_at IS NOT OLD.withdrawn_at))
BEGIN
  SELECT RAISE(ABORT, 'a sign-off keeps what was signed: it can only be countersigned or withdrawn');
END;
