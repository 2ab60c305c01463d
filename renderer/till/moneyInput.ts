// What a person types for an amount of money ("3.50", "£3.5", "3", "1,250.00") as pence, or
// null when it is not an amount. Reading text only: the arithmetic stays in shared/.

export function parsePounds(text: string): number | null {
  const cleaned = text.trim().replace(/^£\s*/, '').replace(/,(?=\d{3}(\D|$))/g, '');
  const match = /^(\d{1,7})(?:\.(\d{0,2}))?$/.exec(cleaned) ?? /^\.(\d{1,2})$/.exec(cleaned);
  if (!match) return null;
  if (match.length === 2) return Number((match[1] ?? '').padEnd(2, '0'));
  const pounds = Number(match[1]);
  const pence = Number((match[2] ?? '').padEnd(2, '0'));
  return pounds * 100 + pence;
}

/** Pence as the digits a person would type back ("3.50"), for filling a box. */
export function poundsText(pence: number): string {
  return `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`;
}

/** A whole number typed in a box ("2", " 12 "), or null. */
export function parseWhole(text: string): number | null {
  const t = text.trim();
  return /^\d{1,6}$/.test(t) ? Number(t) : null;
}
