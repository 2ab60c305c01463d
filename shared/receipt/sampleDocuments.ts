import type { CafeHeading, KitchenTicketDocument, MonoBitmap, ReceiptDocument, ReportDocument, TestPageDocument } from './document.ts';

// Documents as the core would build them, for tests and benchmarks of the layout, the
// ESC/POS bytes and the drivers: a morning's latte and cake, a refund, a Z report.

export const sampleCafe: CafeHeading = {
  name: 'The Apron Café',
  address: ['12 Market Street', 'Leeds LS1 6DT'],
  vatNumber: 'GB 123 4567 89',
  charityNumber: '1180000',
};

/** An 8 x 2 dot logo: a black line over a dotted one. */
export const sampleLogo: MonoBitmap = { width: 8, height: 2, bits: '/1U=' };

/** Six lines with choices, a staff discount, cake at 20% and milk at 0%, paid part cash part card, with a QR code. */
export function sampleReceipt(over: Partial<ReceiptDocument> = {}): ReceiptDocument {
  return {
    kind: 'receipt',
    entryKind: 'sale',
    copy: false,
    cafe: sampleCafe,
    receiptNumber: 1042,
    originalReceiptNumber: null,
    at: '2026-11-23T14:05:00.000Z',
    tillName: 'Front till',
    servedBy: 'Tom',
    orderType: 'eat_in',
    lines: [
      { name: 'Latte', quantity: 2, itemsPence: 700, modifiers: [{ name: 'Oat milk', pricePence: 30 }, { name: 'Extra shot', pricePence: 50 }], discountPence: 0, discountReason: null, vatRateBp: 2000 },
      { name: 'Victoria sponge', quantity: 1, itemsPence: 325, modifiers: [], discountPence: 50, discountReason: 'Staff', vatRateBp: 2000 },
      { name: 'Cheese and pickle toastie on sourdough with a side salad', quantity: 1, itemsPence: 650, modifiers: [{ name: 'No onion', pricePence: 0 }], discountPence: 0, discountReason: null, vatRateBp: 2000 },
      { name: 'Milk for the baby', quantity: 1, itemsPence: 90, modifiers: [], discountPence: 0, discountReason: null, vatRateBp: 0 },
      { name: 'Flapjack', quantity: 3, itemsPence: 540, modifiers: [], discountPence: 0, discountReason: null, vatRateBp: 2000 },
      { name: 'Tea', quantity: 1, itemsPence: 200, modifiers: [{ name: 'Soya milk', pricePence: 20 }], discountPence: 0, discountReason: null, vatRateBp: 2000 },
    ],
    itemsPence: 2505,
    discountPence: 50,
    totalPence: 2455,
    vatByRate: [
      { rateBp: 2000, netPence: 1971, vatPence: 394, grossPence: 2365 },
      { rateBp: 0, netPence: 90, vatPence: 0, grossPence: 90 },
    ],
    // As the journal keeps them: what each tender keeps (cash handed over less change).
    payments: [
      { tender: 'card', amountPence: 1000 },
      { tender: 'cash', amountPence: 1455 },
    ],
    tenderedPence: 3000,
    changePence: 545,
    reason: null,
    footer: 'Thank you for supporting our trainees. Every cup helps someone into work.',
    qr: 'https://apron.example/r/1042',
    logo: sampleLogo,
    ...over,
  };
}

/** A refund of two lattes from receipt 1041, given back in cash. */
export function sampleRefund(over: Partial<ReceiptDocument> = {}): ReceiptDocument {
  return sampleReceipt({
    entryKind: 'refund',
    receiptNumber: 1043,
    originalReceiptNumber: 1041,
    lines: [{ name: 'Latte', quantity: -2, itemsPence: -700, modifiers: [{ name: 'Oat milk', pricePence: 30 }], discountPence: 0, discountReason: null, vatRateBp: 2000 }],
    itemsPence: -700,
    discountPence: 0,
    totalPence: -700,
    vatByRate: [{ rateBp: 2000, netPence: -583, vatPence: -117, grossPence: -700 }],
    payments: [{ tender: 'cash', amountPence: -700 }],
    tenderedPence: -700,
    changePence: 0,
    reason: 'Milk was off',
    qr: null,
    logo: null,
    ...over,
  });
}

export function sampleZReport(over: Partial<ReportDocument> = {}): ReportDocument {
  return {
    kind: 'report',
    report: 'Z',
    copy: false,
    cafe: sampleCafe,
    tillName: 'Front till',
    number: 12,
    at: '2026-11-23T17:30:00.000Z',
    by: 'Priya',
    openedAt: '2026-11-23T08:00:00.000Z',
    openedBy: 'Sam',
    sections: [
      { title: 'Takings', rows: [{ label: 'Sales (48)', pence: 31250 }, { label: 'Refunds (2)', pence: -700 }, { label: 'Card', pence: 20400 }, { label: 'Cash', pence: 10150 }] },
      { title: 'Drawer', rows: [{ label: 'Expected', pence: 20150 }, { label: 'Counted', pence: 20100 }, { label: 'Over / short', pence: -50 }, { label: 'Counted by', pence: null, text: 'Priya' }] },
    ],
    ...over,
  };
}

export function sampleKitchenTicket(over: Partial<KitchenTicketDocument> = {}): KitchenTicketDocument {
  return {
    kind: 'kitchen',
    receiptNumber: 1042,
    at: '2026-11-23T14:05:00.000Z',
    tillName: 'Front till',
    orderType: 'takeaway',
    servedBy: null,
    lines: [
      { name: 'Cheese and pickle toastie on sourdough with a side salad', quantity: 1, modifiers: ['No onion'] },
      { name: 'Bacon roll', quantity: 2, modifiers: ['Brown sauce', 'Well done'] },
    ],
    ...over,
  };
}

export function sampleTestPage(over: Partial<TestPageDocument> = {}): TestPageDocument {
  return {
    kind: 'test',
    cafe: sampleCafe,
    at: '2026-11-23T14:05:00.000Z',
    tillName: 'Front till',
    connection: 'Network printer 192.168.1.50:9100',
    columns: 42,
    footer: 'See you soon',
    qr: 'https://apron.example',
    logo: sampleLogo,
    ...over,
  };
}
