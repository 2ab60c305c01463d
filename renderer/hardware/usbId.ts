// USB vendor and product ids are written in hex everywhere a manager would look them up
// (on the box, in the device list: "0c2e"), so they are shown and typed that way and sent
// to the core as numbers.

export function formatUsbId(id: number | null): string {
  return id === null ? '' : id.toString(16).padStart(4, '0');
}

export type UsbIdRead = { ok: true; value: number | null } | { ok: false; message: string };

export function parseUsbId(typed: string): UsbIdRead {
  const text = typed.trim().toLowerCase().replace(/^0x/, '');
  if (text === '') return { ok: true, value: null };
  if (!/^[0-9a-f]{1,4}$/.test(text)) return { ok: false, message: 'A USB id is up to four characters from 0–9 and a–f, like 0c2e.' };
  return { ok: true, value: Number.parseInt(text, 16) };
}
