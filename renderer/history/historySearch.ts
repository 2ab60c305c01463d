import { TZDate } from '@date-fns/tz';
import type { InputOf, Sale, SaleLine } from '../../shared/contract/index.ts';
import { CAFE_TIME_ZONE, formatCafeTime } from '../../shared/dates.ts';
import { parsePounds, parseWhole } from '../till/moneyInput.ts';

// The sales history's search form and refund choices, as plain functions: what is typed
// becomes sales.find's input (café times in Europe/London, sent as UTC), and what is chosen
// to refund becomes sales.refund's lines, never more of a line than is left.

export interface SearchForm {
  receipt: string;
  amount: string;
  /** "2026-03-02", or empty for any day. */
  day: string;
  /** "09:00", or empty. */
  fromTime: string;
  toTime: string;
}

export const emptySearch: SearchForm = { receipt: '', amount: '', day: '', fromTime: '', toTime: '' };

export type SearchInput = InputOf<'sales.find'>;

/** The café's date today, "2026-03-02", for the day box. */
export function cafeToday(now: Date): string {
  return formatCafeTime(now, 'yyyy-MM-dd');
}

function cafeMoment(day: string, time: string, endOfMinute: boolean): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const t = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const at = new TZDate(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]), endOfMinute ? 59 : 0, endOfMinute ? 999 : 0, CAFE_TIME_ZONE);
  return Number.isNaN(at.getTime()) ? null : new Date(at.getTime()).toISOString();
}

/** The search as sales.find's input, or what is wrong with it (and which box). */
export function searchInput(form: SearchForm, today: string): { input: SearchInput } | { problem: string; field: keyof SearchForm } {
  const input: SearchInput = {};
  if (form.receipt.trim() !== '') {
    const n = parseWhole(form.receipt);
    if (n === null || n < 1) return { problem: 'Type the receipt number, like 12.', field: 'receipt' };
    input.receiptNumber = n;
  }
  if (form.amount.trim() !== '') {
    const pence = parsePounds(form.amount);
    if (pence === null) return { problem: 'Type the amount, like 7.40.', field: 'amount' };
    input.totalPence = pence;
  }
  const timed = form.fromTime !== '' || form.toTime !== '';
  if (form.day !== '' || timed) {
    if (form.day !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(form.day)) return { problem: 'Choose a day.', field: 'day' };
    const day = form.day || today;
    const from = cafeMoment(day, form.fromTime || '00:00', false);
    if (!from) return { problem: 'Type the time like 09:30.', field: 'fromTime' };
    const to = cafeMoment(day, form.toTime || '23:59', true);
    if (!to) return { problem: 'Type the time like 14:00.', field: 'toTime' };
    if (from > to) return { problem: 'The "to" time is before the "from" time.', field: 'toTime' };
    input.from = from;
    input.to = to;
  }
  return { input };
}

/** How many of a sold line can still be given back. */
export function leftToRefund(line: SaleLine): number {
  return Math.max(0, line.quantity - line.refundedQuantity);
}

/** How many of each line (by id) the person has chosen to refund. */
export type RefundChoice = Readonly<Record<string, number>>;

export function chooseRefund(choice: RefundChoice, line: SaleLine, quantity: number): RefundChoice {
  const q = Math.min(Math.max(0, Math.trunc(quantity)), leftToRefund(line));
  if ((choice[line.id] ?? 0) === q) return choice;
  return { ...choice, [line.id]: q };
}

/** Everything that is left of the sale. */
export function refundAll(sale: Sale): RefundChoice {
  return Object.fromEntries(sale.lines.filter((l) => leftToRefund(l) > 0).map((l) => [l.id, leftToRefund(l)]));
}

export function refundLines(sale: Sale, choice: RefundChoice): { lineId: string; quantity: number }[] {
  return sale.lines.filter((l) => (choice[l.id] ?? 0) > 0).map((l) => ({ lineId: l.id, quantity: choice[l.id] ?? 0 }));
}

export const REFUND_REASONS = ['Customer changed their mind', 'Wrong item made', 'Not right (cold, spilt, quality)', 'Charged by mistake'] as const;
export const VOID_REASONS = ['Rung up by mistake', 'Customer changed their mind', 'Wrong order rung up'] as const;
export const OTHER_REASON = 'Other';

/** The reason picked from the list, or the one typed for "Other". */
export function chosenReason(picked: string | null, typed: string): string | { problem: string } {
  if (!picked) return { problem: 'Choose a reason.' };
  if (picked !== OTHER_REASON) return picked;
  return typed.trim() === '' ? { problem: 'Type the reason.' } : typed.trim();
}
