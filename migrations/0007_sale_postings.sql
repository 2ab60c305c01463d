-- A sale is made safe with as little written as possible before the till says "Sale complete".
-- Its own transaction moves the till's receipt number and hash on and writes one row here:
-- the journal entry with its lines and payments exactly as they were hashed, what it prints,
-- and its audit entry. Straight after answering (before any other call is handled, and at
-- start-up after a crash or a power cut) the core posts each row into journal,
-- journal_lines, journal_payments, print_jobs and audit_log, and deletes it, in one
-- transaction. Until then this row is the sale: nothing reads the journal before it is posted.
CREATE TABLE sale_postings (
  seq INTEGER PRIMARY KEY,
  entry_id TEXT NOT NULL,
  -- The posting as JSON: { entry, lines, payments, prints, caller, audit }.
  body TEXT NOT NULL
) STRICT;

-- A posting is written once and deleted once, when it is posted: never changed in between.
CREATE TRIGGER sale_postings_never_updated BEFORE UPDATE ON sale_postings BEGIN SELECT RAISE(ABORT, 'a sale waiting to be posted cannot be changed'); END;
