// Product barcodes: EAN-13, UPC-A (12) and EAN-8, each with its check digit (GS1 mod 10).

export type BarcodeCheck = { ok: true; code: string } | { ok: false; message: string };

export function gs1CheckDigit(body: string): number {
  let sum = 0;
  // Weights 3,1,3,1... from the rightmost digit of the body.
  for (let i = 0; i < body.length; i += 1) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

export function checkBarcode(raw: string): BarcodeCheck {
  const code = raw.trim();
  if (!/^\d+$/.test(code)) return { ok: false, message: 'A barcode is made of numbers only: scan it again.' };
  if (code.length !== 8 && code.length !== 12 && code.length !== 13) {
    return { ok: false, message: 'A barcode has 8, 12 or 13 numbers: scan it again.' };
  }
  const expected = gs1CheckDigit(code.slice(0, -1));
  if (Number(code.at(-1)) !== expected) return { ok: false, message: 'That barcode did not read properly (its last number does not match): scan it again.' };
  return { ok: true, code };
}
