import type Database from 'better-sqlite3';
import { apportion, vatInside } from '../../shared/money.ts';
import { cafeMidnight } from '../../electron/core/reports/period.ts';

// A data generator for benchmarks: years of café trading written straight into the till's
// tables with prepared inserts in big transactions (a month per transaction). Each café day
// gets a cash session opened at 07:30 and closed at 16:30 with a Z report, and sales from
// 08:00 to 16:00: one to four lines from a café menu at the real VAT rates (standard, zero
// for cold takeaway food, now and then reduced), eat-in and takeaway, cash with change,
// card and splits, staff-meal discounts, and refunds and voids later the same day that
// reverse earlier sales, as negative entries. Hashes are stand-ins: this journal's chain
// is not meant to verify. Deterministic for a given seed.

export interface Staff {
  id: string;
  displayName: string;
}

export interface TradingOptions {
  /** First and last café day (Europe/London), both included: "2028-01-01". */
  from: string;
  to: string;
  /** Sales per day on average (±30%, quieter at weekends). */
  salesPerDay: number;
  trainees: readonly Staff[];
  supervisor: Staff;
  seed?: number;
}

export interface Written {
  days: number;
  entries: number;
  lines: number;
  payments: number;
}

interface MenuItem {
  name: string;
  pence: number;
  /** Rate taken away; eaten in, everything is standard. */
  takeawayBp: number;
  weight: number;
}

const MENU: readonly MenuItem[] = [
  { name: 'Flat white', pence: 320, takeawayBp: 2000, weight: 14 },
  { name: 'Latte', pence: 330, takeawayBp: 2000, weight: 12 },
  { name: 'Cappuccino', pence: 320, takeawayBp: 2000, weight: 10 },
  { name: 'Americano', pence: 260, takeawayBp: 2000, weight: 8 },
  { name: 'Pot of tea', pence: 180, takeawayBp: 2000, weight: 8 },
  { name: 'Hot chocolate', pence: 300, takeawayBp: 2000, weight: 4 },
  { name: 'Soup of the day', pence: 450, takeawayBp: 2000, weight: 5 },
  { name: 'Cheese toastie', pence: 500, takeawayBp: 2000, weight: 5 },
  { name: 'Cheese sandwich', pence: 450, takeawayBp: 0, weight: 7 },
  { name: 'Falafel wrap', pence: 495, takeawayBp: 0, weight: 5 },
  { name: 'Carrot cake', pence: 325, takeawayBp: 0, weight: 5 },
  { name: 'Flapjack', pence: 220, takeawayBp: 0, weight: 5 },
  { name: 'Banana', pence: 60, takeawayBp: 0, weight: 3 },
  { name: 'Crisps (ready salted)', pence: 110, takeawayBp: 2000, weight: 4 },
  { name: 'Cola (can)', pence: 120, takeawayBp: 2000, weight: 4 },
  { name: 'Coffee beans 250g', pence: 650, takeawayBp: 0, weight: 1 },
  { name: 'Baby food jar', pence: 210, takeawayBp: 500, weight: 1 },
];
const MENU_WEIGHT = MENU.reduce((a, m) => a + m.weight, 0);

/** mulberry32: small, fast, good enough to make a café's day look busy. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MINUTE_MS = 60_000;

interface Line {
  name: string;
  quantity: number;
  unit: number;
  items: number;
  orderDiscount: number;
  reason: string | null;
  total: number;
  rateBp: number;
  vat: number;
  /** On a refund or void line: the number of the sale line it gives back. */
  originalLineNo?: number;
}

interface Entry {
  id: string;
  kind: 'sale' | 'refund' | 'void';
  receipt: number;
  orderType: 'eat_in' | 'takeaway';
  at: string;
  operator: Staff;
  authorised: Staff | null;
  reason: string | null;
  sessionId: string;
  originalId: string | null;
  items: number;
  discount: number;
  total: number;
  vat: number;
  tendered: number;
  change: number;
  lines: Line[];
  payments: { tender: 'cash' | 'card'; amount: number }[];
}

function fakeHash(n: number): string {
  return n.toString(16).padStart(64, '0');
}

/** Writes trading into `db` (a migrated Apron database with the staff named in `options`). */
export class TradingWriter {
  private readonly rand: () => number;
  private receipt: number;
  private zNumber: number;
  private readonly insertEntry: Database.Statement;
  private readonly insertLine: Database.Statement;
  private readonly insertPayment: Database.Statement;
  private readonly insertSession: Database.Statement;
  private readonly closeSession: Database.Statement;
  private readonly insertZ: Database.Statement;
  readonly written: Written = { days: 0, entries: 0, lines: 0, payments: 0 };

  constructor(
    private readonly db: Database.Database,
    private readonly staff: { trainees: readonly Staff[]; supervisor: Staff },
    seed = 1,
  ) {
    this.rand = random(seed);
    const till = db.prepare("SELECT last_receipt_number AS r, last_z_number AS z FROM tills WHERE id = 'till-1'").get() as { r: number; z: number };
    this.receipt = till.r;
    this.zNumber = till.z;
    this.insertEntry = db.prepare(
      `INSERT INTO journal (id, till_id, kind, receipt_number, order_type, at, operator_id, operator_name, authorised_by_id, authorised_by_name, reason, shift_id,
         cash_session_id, original_id, client_ref, items_pence, discount_pence, total_pence, vat_pence, tendered_pence, change_pence, prev_hash, hash)
       VALUES (?, 'till-1', ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertLine = db.prepare(
      `INSERT INTO journal_lines (id, entry_id, line_no, at, product_id, name, quantity, modifiers, unit_pence, items_pence, line_discount_pence, order_discount_pence,
         discount_reason, total_pence, vat_rate_bp, vat_pence, original_line_id)
       VALUES (?, ?, ?, ?, NULL, ?, ?, '[]', ?, ?, 0, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertPayment = db.prepare('INSERT INTO journal_payments (entry_id, position, tender, amount_pence) VALUES (?, ?, ?, ?)');
    this.insertSession = db.prepare(
      "INSERT INTO cash_sessions (id, till_id, opened_at, opened_by_id, opened_by_name, float_pence, float_counts) VALUES (?, 'till-1', ?, ?, ?, 10000, '{\"2000\":2,\"1000\":4,\"500\":3,\"100\":5}')",
    );
    this.closeSession = db.prepare('UPDATE cash_sessions SET closed_at = ?, closed_by_id = ?, counted_pence = ?, counted_counts = ?, z_number = ? WHERE id = ?');
    this.insertZ = db.prepare("INSERT INTO z_reports (till_id, number, cash_session_id, at, by_name, net_sales_pence, variance_pence, report) VALUES ('till-1', ?, ?, ?, ?, ?, 0, ?)");
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.rand() * items.length)] as T;
  }

  private menuItem(): MenuItem {
    let r = this.rand() * MENU_WEIGHT;
    for (const m of MENU) {
      r -= m.weight;
      if (r < 0) return m;
    }
    return MENU[0] as MenuItem;
  }

  private sale(at: string, sessionId: string): Entry {
    const orderType = this.rand() < 0.45 ? 'eat_in' : 'takeaway';
    const count = 1 + Math.floor(this.rand() * 4);
    const lines: Line[] = [];
    for (let i = 0; i < count; i++) {
      const m = this.menuItem();
      const quantity = this.rand() < 0.85 ? 1 : 2;
      const items = m.pence * quantity;
      lines.push({ name: m.name, quantity, unit: m.pence, items, orderDiscount: 0, reason: null, total: items, rateBp: orderType === 'eat_in' ? 2000 : m.takeawayBp, vat: 0 });
    }
    const items = lines.reduce((a, l) => a + l.items, 0);
    // One sale in twenty is a staff meal at 10% off the order, shared across its lines.
    const discount = this.rand() < 0.05 ? Math.round(items / 10) : 0;
    const shares = apportion(discount, lines.map((l) => l.items));
    lines.forEach((l, i) => {
      l.orderDiscount = shares[i] ?? 0;
      l.reason = l.orderDiscount > 0 ? 'Staff meal' : null;
      l.total = l.items - l.orderDiscount;
      l.vat = vatInside(l.total, l.rateBp);
    });
    const total = items - discount;
    const r = this.rand();
    let payments: Entry['payments'];
    let tendered = total;
    if (r < 0.55) payments = [{ tender: 'card', amount: total }];
    else if (r < 0.95 || total < 200) {
      payments = [{ tender: 'cash', amount: total }];
      tendered = Math.ceil(total / 500) * 500 + (this.rand() < 0.3 ? 500 : 0);
    } else {
      const card = Math.floor(total / 200) * 100;
      payments = [{ tender: 'card', amount: card }, { tender: 'cash', amount: total - card }];
      tendered = card + Math.ceil((total - card) / 100) * 100;
    }
    return {
      id: '',
      kind: 'sale',
      receipt: 0,
      orderType,
      at,
      operator: this.pick(this.staff.trainees),
      authorised: null,
      reason: null,
      sessionId,
      originalId: null,
      items,
      discount,
      total,
      vat: lines.reduce((a, l) => a + l.vat, 0),
      tendered,
      change: tendered - total,
      lines,
      payments,
    };
  }

  /** A void gives back everything; a refund one line, to the tender it was paid with (card first). */
  private reversal(kind: 'refund' | 'void', sale: Entry, at: string): Entry {
    const numbered = sale.lines.map((l, i) => ({ l, no: i + 1 }));
    const taken = kind === 'void' ? numbered : [this.pick(numbered)];
    const lines = taken.map(({ l, no }) => ({ ...l, quantity: -l.quantity, items: -l.items, orderDiscount: -l.orderDiscount, total: -l.total, vat: -l.vat, originalLineNo: no }));
    const amount = -lines.reduce((a, l) => a + l.total, 0);
    let payments: Entry['payments'];
    if (kind === 'void') payments = sale.payments.map((p) => ({ tender: p.tender, amount: -p.amount }));
    else {
      const card = Math.min(amount, sale.payments.filter((p) => p.tender === 'card').reduce((a, p) => a + p.amount, 0));
      payments = [...(card > 0 ? [{ tender: 'card' as const, amount: -card }] : []), ...(amount - card > 0 ? [{ tender: 'cash' as const, amount: card - amount }] : [])];
    }
    return {
      id: '',
      kind,
      receipt: 0,
      orderType: sale.orderType,
      at,
      operator: this.staff.supervisor,
      authorised: this.staff.supervisor,
      reason: kind === 'void' ? 'Rang up the wrong order' : 'Customer changed their mind',
      sessionId: sale.sessionId,
      originalId: sale.id,
      items: lines.reduce((a, l) => a + l.items, 0),
      discount: lines.reduce((a, l) => a + l.orderDiscount, 0),
      total: -amount,
      vat: lines.reduce((a, l) => a + l.vat, 0),
      tendered: -amount,
      change: 0,
      lines,
      payments,
    };
  }

  private write(entry: Entry): void {
    this.receipt += 1;
    entry.receipt = this.receipt;
    entry.id = `gen-${String(this.receipt).padStart(9, '0')}`;
    this.insertEntry.run(
      entry.id, entry.kind, entry.receipt, entry.orderType, entry.at, entry.operator.id, entry.operator.displayName, entry.authorised?.id ?? null, entry.authorised?.displayName ?? null,
      entry.reason, entry.sessionId, entry.originalId, entry.items, entry.discount, entry.total, entry.vat, entry.tendered, entry.change, fakeHash(this.receipt - 1), fakeHash(this.receipt),
    );
    entry.lines.forEach((l, i) => {
      const original = entry.originalId && l.originalLineNo ? `${entry.originalId}-${l.originalLineNo}` : null;
      this.insertLine.run(`${entry.id}-${i + 1}`, entry.id, i + 1, entry.at, l.name, l.quantity, l.unit, l.items, l.orderDiscount, l.reason, l.total, l.rateBp, l.vat, original);
    });
    entry.payments.forEach((p, i) => this.insertPayment.run(entry.id, i + 1, p.tender, p.amount));
    this.written.entries += 1;
    this.written.lines += entry.lines.length;
    this.written.payments += entry.payments.length;
  }

  /** One café day's sales (and the odd refund or void) in `sessionId`, from 08:00 to 16:00 London time. Returns the day's net. */
  writeDay(day: string, sessionId: string, sales: number): number {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    const opening = cafeMidnight(y, m, d).getTime() + 8 * 60 * MINUTE_MS;
    const step = (8 * 60 * MINUTE_MS) / Math.max(sales, 1);
    const today: Entry[] = [];
    const reversed = new Set<string>();
    let net = 0;
    for (let i = 0; i < sales; i++) {
      const at = new Date(opening + Math.floor(i * step)).toISOString();
      const sale = this.sale(at, sessionId);
      this.write(sale);
      today.push(sale);
      net += sale.total;
      const r = this.rand();
      if (r < 0.02 && today.length > 1) {
        const earlier = this.pick(today);
        if (!reversed.has(earlier.id)) {
          reversed.add(earlier.id);
          const back = this.reversal(r < 0.005 ? 'void' : 'refund', earlier, new Date(Date.parse(at) + 1000).toISOString());
          this.write(back);
          net += back.total;
        }
      }
    }
    this.written.days += 1;
    return net;
  }

  /** Opens a session at 07:30 on `day`, as Sam counting the float. */
  openSession(day: string): string {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    const id = `gen-session-${day}`;
    this.insertSession.run(id, new Date(cafeMidnight(y, m, d).getTime() + 450 * MINUTE_MS).toISOString(), this.staff.supervisor.id, this.staff.supervisor.displayName);
    return id;
  }

  /** Closes a session at 16:30 on `day` with the drawer right and a Z report (the figures a stand-in but for the net). */
  closeSessionWithZ(day: string, sessionId: string, netPence: number): void {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    const at = new Date(cafeMidnight(y, m, d).getTime() + 990 * MINUTE_MS).toISOString();
    this.zNumber += 1;
    this.closeSession.run(at, this.staff.supervisor.id, 10000, '{"2000":5}', this.zNumber, sessionId);
    this.insertZ.run(this.zNumber, sessionId, at, this.staff.supervisor.displayName, netPence, JSON.stringify({ kind: 'Z', number: this.zNumber, generated: true, netSalesPence: netPence }));
  }

  /** Moves the till's counters past what was written, so the real till carries on from here. */
  finish(): void {
    this.db.prepare("UPDATE tills SET last_receipt_number = ?, last_z_number = ?, last_hash = ? WHERE id = 'till-1'").run(this.receipt, this.zNumber, fakeHash(this.receipt));
  }

  /** Trading every day from `from` to `to`: a session, the day's sales, a Z report; a month per transaction. */
  writeDays(from: string, to: string, salesPerDay: number): void {
    let batch: string[] = [];
    const flush = () => {
      const days = batch;
      batch = [];
      this.db.transaction(() => {
        for (const day of days) {
          const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
          const busy = (weekday === 0 ? 0.6 : weekday === 6 ? 0.8 : 1.1) * (0.7 + this.rand() * 0.6);
          const session = this.openSession(day);
          const net = this.writeDay(day, session, Math.round(salesPerDay * busy));
          this.closeSessionWithZ(day, session, net);
        }
        this.finish();
      })();
    };
    for (let t = Date.parse(`${from}T12:00:00Z`); t <= Date.parse(`${to}T12:00:00Z`); t += 24 * 60 * MINUTE_MS) {
      batch.push(new Date(t).toISOString().slice(0, 10));
      if (batch.length === 31) flush();
    }
    if (batch.length > 0) flush();
  }
}

/** Years of trading in one call; see TradingWriter for what a day holds. */
export function generateTrading(db: Database.Database, options: TradingOptions): Written {
  const writer = new TradingWriter(db, { trainees: options.trainees, supervisor: options.supervisor }, options.seed ?? 1);
  writer.writeDays(options.from, options.to, options.salesPerDay);
  return writer.written;
}
