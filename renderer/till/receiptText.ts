import type { Sale } from '../../shared/contract/index.ts';
import { formatCafeTime } from '../../shared/dates.ts';
import { formatPence, formatRate } from '../../shared/money.ts';

// The sale as the customer's receipt would read, for the screen ("Show receipt"). Every
// figure is the core's, as it was written to the journal. Printing comes with the
// receipt printer; this is the on-screen copy.

const WIDTH = 40;

function row(left: string, right: string): string {
  const space = Math.max(1, WIDTH - left.length - right.length);
  if (left.length + right.length + 1 > WIDTH) return `${left}\n${' '.repeat(Math.max(0, WIDTH - right.length))}${right}`;
  return `${left}${' '.repeat(space)}${right}`;
}

function centre(text: string): string {
  return `${' '.repeat(Math.max(0, Math.floor((WIDTH - text.length) / 2)))}${text}`;
}

const rule = '-'.repeat(WIDTH);
const kindTitle: Record<Sale['kind'], string> = { sale: 'Receipt', refund: 'Refund', void: 'Void' };

export function receiptText(sale: Sale, cafeName: string): string {
  const out: string[] = [centre(cafeName)];
  if (sale.practice) out.push(centre('PRACTICE - NOT A REAL SALE'));
  out.push(rule);
  out.push(row(sale.receiptNumber === null ? kindTitle[sale.kind] : `${kindTitle[sale.kind]} ${sale.receiptNumber}`, formatCafeTime(sale.at, 'd MMM yyyy HH:mm')));
  out.push(`${sale.orderType === 'takeaway' ? 'Takeaway' : 'Eat in'} - served by ${sale.operator.displayName}`);
  if (sale.originalReceiptNumber !== null) out.push(`For receipt ${sale.originalReceiptNumber}`);
  out.push(rule);
  for (const line of sale.lines) {
    out.push(row(`${Math.abs(line.quantity)} x ${line.name}`, formatPence(line.itemsPence)));
    for (const m of line.modifiers) out.push(`    ${m.name}${m.priceDeltaPence ? ` (+${formatPence(m.priceDeltaPence)})` : ''}`);
    if (line.discountPence !== 0) out.push(row('    Discount', formatPence(-line.discountPence)));
  }
  out.push(rule);
  if (sale.discountPence !== 0) {
    out.push(row('Items', formatPence(sale.itemsPence)));
    out.push(row('Discount', formatPence(-sale.discountPence)));
  }
  out.push(row('TOTAL', formatPence(sale.totalPence)));
  for (const p of sale.payments) out.push(row(p.tender === 'card' ? 'Card' : 'Cash', formatPence(p.amountPence)));
  if (sale.tenderedPence !== 0 && sale.changePence !== 0) {
    out.push(row('Handed over', formatPence(sale.tenderedPence)));
    out.push(row('Change', formatPence(sale.changePence)));
  }
  out.push(rule);
  out.push('VAT included');
  for (const v of sale.vatByRate) out.push(row(`  ${formatRate(v.rateBp)} on ${formatPence(v.grossPence)}`, formatPence(v.vatPence)));
  out.push(row('Total VAT', formatPence(sale.vatPence)));
  if (sale.reason) out.push(`Reason: ${sale.reason}`);
  if (sale.authorisedBy) out.push(`Authorised by ${sale.authorisedBy.displayName}`);
  out.push(rule);
  out.push(centre('Thank you'));
  return out.join('\n');
}
