-- The printer settings are read by every sale (does it print, does the drawer open) and change
-- only when a manager saves them, so they are kept in memory too, like the catalogue and staff
-- in 0008: built again when the 'printing' version has moved on. The triggers move it on for
-- every change to printer_settings, whoever makes it, with a fresh random number as in 0008
-- (never a count, so a value built inside a rolled-back transaction never looks current).
INSERT INTO data_versions (name) VALUES ('printing');

CREATE TRIGGER printer_settings_insert_version AFTER INSERT ON printer_settings BEGIN UPDATE data_versions SET version = random() >> 11 WHERE name = 'printing'; END;
CREATE TRIGGER printer_settings_update_version AFTER UPDATE ON printer_settings BEGIN UPDATE data_versions SET version = random() >> 11 WHERE name = 'printing'; END;
CREATE TRIGGER printer_settings_delete_version AFTER DELETE ON printer_settings BEGIN UPDATE data_versions SET version = random() >> 11 WHERE name = 'printing'; END;
