// Money is integer pence everywhere; prices are VAT-inclusive.
//
// VAT policy (one, used by the till, receipts, Z reports and the VAT summary): VAT is
// worked out on each sold line, on the line's final amount after discounts, as the VAT
// fraction of that VAT-inclusive amount (20% → 1/6, 5% → 1/21), rounded to the nearest
// penny with halves rounded up. HMRC allows this per-line method (VAT Notice 700, 17.5).

/** VAT rates in basis points: 2000 = 20%. */
export type VatRateBp = number;

export const STANDARD_RATE_BP = 2000;
export const REDUCED_RATE_BP = 500;
export const ZERO_RATE_BP = 0;

/** a / b rounded to the nearest whole number, halves up, for non-negative integers. */
export function divideRoundHalfUp(a: number, b: number): number {
  return Math.floor((2 * a + b) / (2 * b));
}

/** The VAT inside a VAT-inclusive amount at `rateBp`, rounded to the penny (halves up; symmetric for refunds). */
export function vatInside(grossPence: number, rateBp: VatRateBp): number {
  if (rateBp === 0 || grossPence === 0) return 0;
  const sign = grossPence < 0 ? -1 : 1;
  return sign * divideRoundHalfUp(Math.abs(grossPence) * rateBp, 10000 + rateBp);
}

/** "£3.20", "-£0.50". */
export function formatPence(pence: number): string {
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  const pounds = Math.floor(abs / 100).toLocaleString('en-GB');
  return `${sign}£${pounds}.${String(abs % 100).padStart(2, '0')}`;
}

/** "20%", "5%", "0%", "12.5%". */
export function formatRate(rateBp: VatRateBp): string {
  return `${rateBp / 100}%`;
}

/** Notes and coins a drawer holds, in pence, largest first (£50 to 1p). */
export const DENOMINATIONS = [5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1] as const;
export type Denomination = (typeof DENOMINATIONS)[number];

export function denominationName(pence: number): string {
  return pence >= 100 ? `£${pence / 100}` : `${pence}p`;
}

/** The value of a count by denomination ({"2000": 3, "100": 5} → 6500). */
export function countValue(counts: Readonly<Record<string, number>>): number {
  let total = 0;
  for (const d of DENOMINATIONS) total += d * (counts[String(d)] ?? 0);
  return total;
}

/** Counted less expected: negative when the drawer is short, positive when it is over (as the Z report works it out). */
export function cashVariance(countedPence: number, expectedPence: number): number {
  return countedPence - expectedPence;
}

/**
 * Splits `amount` across `weights` in proportion, with the pennies left over given to the
 * largest remainders (earlier lines first on a tie), so the parts always add up exactly.
 */
export function apportion(amount: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0 || amount === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (amount * w) / total);
  const parts = exact.map((x) => Math.floor(x));
  let left = amount - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}
