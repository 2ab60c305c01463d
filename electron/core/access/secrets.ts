import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

// PINs and badge codes are never stored: only scrypt hashes. Format: scrypt$N$r$p$salt$hash.
const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

export function hashPin(pin: string): string {
  const salt = randomBytes(16).toString('hex');
  const hash = scryptSync(pin, salt, KEY_LENGTH, { N, r: R, p: P }).toString('hex');
  return `scrypt$${N}$${R}$${P}$${salt}$${hash}`;
}

export function pinMatches(pin: string, stored: string): boolean {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'hex');
  const actual = scryptSync(pin, salt, expected.length, { N: Number(n), r: Number(r), p: Number(p) });
  return timingSafeEqual(expected, actual);
}

/** Deterministic for one install, so a scan is found by an indexed look-up. */
export function hashBadge(code: string, installSalt: string): string {
  return scryptSync(code.trim(), `badge:${installSalt}`, KEY_LENGTH, { N, r: R, p: P }).toString('hex');
}
