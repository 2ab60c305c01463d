-- Rarely-changing rows the core reads on every call or sale (the catalogue a sale is priced
-- from, the person behind a session, the café's idle lock, who is clocked in to which shift)
-- are kept in memory and built again only when their version here has moved on. Triggers move
-- it on for every insert, update and delete, whoever makes it (Apron, a migration, or an edit
-- behind Apron's back), so a price change or a switched-off account takes effect on the very
-- next call. A change sets a new random number (53 bits, as JavaScript keeps integers) rather
-- than counting up: a count moved on inside a transaction that was rolled back would be
-- reached again by the next change, and a value built inside the rolled-back transaction
-- would look current.
CREATE TABLE data_versions (
  name TEXT PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 0
) STRICT, WITHOUT ROWID;
INSERT INTO data_versions (name) VALUES ('catalogue'), ('staff'), ('cafe'), ('shifts');

CREATE TRIGGER categories_insert_version AFTER INSERT ON categories BEGIN UPDATE data_versions SET version = random() >> 11 WHERE name = 'catalogue'; END;
CREATE TRIGGER categories_update_version AFTER UPDATE ON categories BEGIN UPDATE data_versions SET version = random() >> 11 WHERE name = 'catalogue'; END;
CREATE TRIGGER categories_delete_version AFTER DELETE ON categories BEGIN UPDATE data_versions SET version = random() >> 11 WHERE name = 'catalogue'; END;
CREATE TRIGGER products_insert_version AFTER INSERT ON products BEGIN UPDATE data_versions SET version = random() >> 11 WHERE name = 'catalogue'; END;
CREATE TRIGGER products_update_version AFTER UPDATE ON products BEGIN UPDATE data_versions SET version = random() >> 11 WHERE name = 'catalogue'; END;
CREATE TRIGGER products_delete_version AFTER DELETE ON products BEGIN UPDATE data_versions SET version = random() >> 11 WHERE name = 'catalogue'; END;
CREATE TRIGGER modifier_groups_insert_version AFTER INSERT ON modifier_groups BEGIN UPDATE data_versions SET version = random() >> 11 WHERE name = 'catalogue'; END;
CREATE TRIGGER modifier_groups_update_version AFTER UPDATE ON modifier_groups BEGIN UPDATE data_versions SET version = random() >> 11 WHERE name = 'catalogue'; END;
CREATE TRIGGER modifier_groups_delete_version AFTER DELETE ON modifier_groups BEGIN UPDATE data_versions SET version = random() >> 11 WHERE name = 'catalogue'; END;
CREATE TRIGGER modifier_options_insert_version AFTER INSERT ON modifier_options BEGIN UPDATE data_versions SET version = random() >> 11 WHERE name = 'catalogue'; END;
CREATE TRIGGER modifier_options_update_version AFTER UPDATE ON modifier_options BEGIN UPDATE data_versions SET version = random() >> 11 WHERE name = 'catalogue'; END;
CREATE TRIGGER modifier_options_delete_version AFTER DELETE ON modifier_options BEGIN UPDATE data_versions SET version = random() >> 11 WHERE name = 'catalogue'; END;
CREATE TRIGGER product_modifier_groups_insert_version AFTER INSERT ON product_modifier_groups BEGIN UPDATE data_versions SET version = random() >> 11 WHERE name = 'catalogue'; END;
CREATE TRIGGER product_modifier_groups_update_version AFTER UPDATE ON product_modifier_groups BEGIN UPDATE data_versions SET version = random() >> 11 WHERE name = 'catalogue'; END;
CREATE TRIGGER product_modifier_groups_delete_version AFTER DELETE ON product_modifier_groups BEGIN UPDATE data_versions SET version = random() >> 11 WHERE name = 'catalogue'; END;
CREATE TRIGGER discount_reasons_insert_version AFTER INSERT ON discount_reasons BEGIN UPDATE data_versions SET version = random() >> 11 WHERE name = 'catalogue'; END;
CREATE TRIGGER discount_reasons_update_version AFTER UPDATE ON discount_reasons BEGIN UPDATE data_versions SET version = random() >> 11 WHERE name = 'catalogue'; END;
CREATE TRIGGER discount_reasons_delete_version AFTER DELETE ON discount_reasons BEGIN UPDATE data_versions SET version = random() >> 11 WHERE name = 'catalogue'; END;

CREATE TRIGGER staff_insert_version AFTER INSERT ON staff BEGIN UPDATE data_versions SET version = random() >> 11 WHERE name = 'staff'; END;
CREATE TRIGGER staff_update_version AFTER UPDATE ON staff BEGIN UPDATE data_versions SET version = random() >> 11 WHERE name = 'staff'; END;
CREATE TRIGGER staff_delete_version AFTER DELETE ON staff BEGIN UPDATE data_versions SET version = random() >> 11 WHERE name = 'staff'; END;

CREATE TRIGGER cafe_insert_version AFTER INSERT ON cafe BEGIN UPDATE data_versions SET version = random() >> 11 WHERE name = 'cafe'; END;
CREATE TRIGGER cafe_update_version AFTER UPDATE ON cafe BEGIN UPDATE data_versions SET version = random() >> 11 WHERE name = 'cafe'; END;
CREATE TRIGGER cafe_delete_version AFTER DELETE ON cafe BEGIN UPDATE data_versions SET version = random() >> 11 WHERE name = 'cafe'; END;
CREATE TRIGGER shifts_insert_version AFTER INSERT ON shifts BEGIN UPDATE data_versions SET version = random() >> 11 WHERE name = 'shifts'; END;
CREATE TRIGGER shifts_update_version AFTER UPDATE ON shifts BEGIN UPDATE data_versions SET version = random() >> 11 WHERE name = 'shifts'; END;
CREATE TRIGGER shifts_delete_version AFTER DELETE ON shifts BEGIN UPDATE data_versions SET version = random() >> 11 WHERE name = 'shifts'; END;
