import { describe, expect, it } from 'vitest';
import type { TillReport } from '../../../shared/contract/index.ts';
import { layoutDocument } from '../../../shared/receipt/layout.ts';
import type { JournalRow, LineRow, PaymentRow } from '../sales/journal.ts';
import { cafeHeading, firstName, kitchenTicket, receiptDocument, reportDocument } from './documents.ts';
import { opensDrawer } from './jobsFor.ts';

// The documents as pure functions of rows: what a receipt, a report and a kitchen ticket say.

const cafe = cafeHeading({ name: 'Back Yard Café', address: '12 Canal Street, Manchester M1 3HE', vat_number: 'GB 123 4567 89', charity_number: null });

const entry = {
  id: 'sale-1', till_id: 'till-1', kind: 'sale', receipt_number: 7, order_type: 'eat_in', at: '2030-03-04T09:05:00.000Z', operator_id: 'staff-3', operator_name: 'Tom Walsh',
  authorised_by_id: null, authorised_by_name: null, reason: null, shift_id: null, cash_session_id: 'cs-1', original_id: null, client_ref: 'r', items_pence: 800,
  discount_pence: 50, total_pence: 750, vat_pence: 125, tendered_pence: 1000, change_pence: 250, prev_hash: '', hash: 'h',
} satisfies JournalRow;

const lineRow = (n: number, over: Partial<LineRow>): LineRow => ({
  id: `sale-1-${n}`, entry_id: 'sale-1', line_no: n, at: entry.at, product_id: null, name: 'x', quantity: 1, modifiers: '[]', unit_pence: 0, items_pence: 0,
  line_discount_pence: 0, order_discount_pence: 0, discount_reason: null, total_pence: 0, vat_rate_bp: 2000, vat_pence: 0, original_line_id: null, ...over,
});

const lines = [
  lineRow(1, { product_id: 'prod-latte', name: 'Latte', quantity: 2, modifiers: JSON.stringify([{ optionId: 'o', groupName: 'Milk', name: 'Oat milk', priceDeltaPence: 30 }]), items_pence: 720, line_discount_pence: 50, discount_reason: 'Staff', total_pence: 670, vat_pence: 112 }),
  lineRow(2, { product_id: 'prod-toastie', name: 'Toastie', items_pence: 80, total_pence: 80, vat_rate_bp: 0 }),
];
const payments: PaymentRow[] = [{ entry_id: 'sale-1', position: 1, tender: 'cash', amount_pence: 750 }];

describe('print documents', () => {
  it('the café heading splits the address into lines; a first name is only ever the first word', () => {
    expect(cafe.address).toEqual(['12 Canal Street', 'Manchester M1 3HE']);
    expect(firstName('  Tom   Walsh ')).toBe('Tom');
  });

  it('a receipt carries the lines with their choices and discounts, VAT by rate, payments and change', () => {
    const doc = receiptDocument(entry, lines, payments, { cafe, tillName: 'Till 1', servedBy: 'Tom', settings: { footer: 'Thanks', qr: null, logo: null }, originalReceiptNumber: null, copy: false });
    expect(doc.lines[0]).toEqual({ name: 'Latte', quantity: 2, itemsPence: 720, modifiers: [{ name: 'Oat milk', pricePence: 30 }], discountPence: 50, discountReason: 'Staff', vatRateBp: 2000 });
    expect(doc.vatByRate).toEqual([
      { rateBp: 2000, netPence: 558, vatPence: 112, grossPence: 670 },
      { rateBp: 0, netPence: 80, vatPence: 0, grossPence: 80 },
    ]);
    expect(doc).toMatchObject({ receiptNumber: 7, totalPence: 750, tenderedPence: 1000, changePence: 250, servedBy: 'Tom', footer: 'Thanks', payments: [{ tender: 'cash', amountPence: 750 }] });
  });

  it('a kitchen ticket has only the chosen categories, or is not made at all', () => {
    const categories = new Map([['prod-latte', 'cat-hot-drinks'], ['prod-toastie', 'cat-food']]);
    expect(kitchenTicket(entry, lines, categories, ['cat-food'], { tillName: 'Till 1', servedBy: null })?.lines).toEqual([{ name: 'Toastie', quantity: 1, modifiers: [] }]);
    expect(kitchenTicket(entry, lines, categories, ['cat-cakes'], { tillName: 'Till 1', servedBy: null })).toBeNull();
  });

  it('the drawer opens for ticked tenders on a sale and for cash given back', () => {
    expect(opensDrawer('sale', [{ tender: 'cash', amount_pence: 750 }], ['cash'])).toBe(true);
    expect(opensDrawer('sale', [{ tender: 'card', amount_pence: 750 }], ['cash'])).toBe(false);
    expect(opensDrawer('sale', [{ tender: 'card', amount_pence: 750 }], ['cash', 'card'])).toBe(true);
    expect(opensDrawer('refund', [{ tender: 'cash', amount_pence: -300 }], ['cash'])).toBe(true);
    expect(opensDrawer('void', [{ tender: 'card', amount_pence: -300 }], ['cash'])).toBe(false);
  });

  it('a Z report prints its takings, VAT and drawer in sections that fit 32 columns', () => {
    const report: TillReport = {
      kind: 'Z', number: 3, tillId: 'till-1', cashSessionId: 'cs-1', openedAt: '2030-03-04T08:00:00.000Z', openedBy: 'Sam Reid', at: '2030-03-04T17:00:00.000Z', by: 'Sam Reid',
      sales: { count: 2, itemsPence: 1700, discountPence: 50, grossPence: 1650 }, refunds: { count: 1, totalPence: 320 }, voids: { count: 0, totalPence: 0 }, netSalesPence: 1330,
      byTender: [{ tender: 'cash', salesPence: 1000, refundsPence: 320, netPence: 680 }, { tender: 'card', salesPence: 650, refundsPence: 0, netPence: 650 }],
      byVatRate: [{ rateBp: 2000, grossPence: 1330, vatPence: 222, netPence: 1108 }], discounts: [{ reason: 'Staff', count: 1, totalPence: 50 }], noSales: 1,
      paidOuts: { count: 0, totalPence: 0, items: [] }, lifts: { count: 0, totalPence: 0 }, floatPence: 10000, expectedCashPence: 10680, countedCashPence: 10670,
      countedByDenomination: {}, variancePence: -10, firstReceipt: 1, lastReceipt: 3, note: null,
    };
    const doc = reportDocument(report, { cafe, tillName: 'Till 1' }, false);
    expect(doc.sections.map((s) => s.title)).toEqual(['Takings', 'By payment', 'VAT', 'Discounts', 'Drawer', 'Receipts']);
    expect(doc.sections[1]!.rows).toContainEqual({ label: 'Cash given back', pence: -320 });
    expect(doc.sections[4]!.rows).toContainEqual({ label: 'Short', pence: -10 });
    const printed = layoutDocument(doc, 32).flatMap((l) => (l.kind === 'text' ? [l.text] : []));
    expect(printed.every((l) => l.length === 32 || l.length === 16)).toBe(true);
    expect(printed.join('\n')).toMatch(/VAT at 20% +£2\.22/);
  });
});
