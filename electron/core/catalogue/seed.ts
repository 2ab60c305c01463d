import type { SampleCatalogue } from '../cafe/sample.ts';
import type { WriteDb } from '../db/handles.ts';

/** Writes a whole catalogue with its own ids (the sample café's menu; test cafés). */
export function insertCatalogue(db: WriteDb, catalogue: SampleCatalogue, at: string): void {
  for (const c of catalogue.categories) {
    db.prepare('INSERT INTO categories (id, name, colour, position, active, updated_at) VALUES (?, ?, ?, ?, 1, ?)').run(c.id, c.name, c.colour, c.position, at);
  }
  for (const g of catalogue.modifierGroups) {
    db.prepare('INSERT INTO modifier_groups (id, name, min_choices, max_choices, updated_at) VALUES (?, ?, ?, ?, ?)').run(g.id, g.name, g.minChoices, g.maxChoices, at);
    g.options.forEach((o, i) => {
      db.prepare('INSERT INTO modifier_options (id, group_id, name, price_delta_pence, position, active) VALUES (?, ?, ?, ?, ?, 1)').run(o.id, g.id, o.name, o.priceDeltaPence, i);
    });
  }
  catalogue.products.forEach((p, i) => {
    db.prepare(
      `INSERT INTO products (id, name, category_id, price_pence, vat_class, barcode, icon, open_price, max_price_pence, position, active, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)`,
    ).run(p.id, p.name, p.categoryId, p.pricePence, p.vatClass, p.barcode ?? null, p.icon, p.openPrice ? 1 : 0, p.openPrice?.maxPricePence ?? null, i, at);
    (p.modifierGroupIds ?? []).forEach((groupId, position) => {
      db.prepare('INSERT INTO product_modifier_groups (product_id, group_id, position) VALUES (?, ?, ?)').run(p.id, groupId, position);
    });
  });
}
