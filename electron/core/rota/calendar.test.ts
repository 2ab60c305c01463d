import { describe, expect, it } from 'vitest';
import { calendarFilename, foldLine, icsText, icsTime } from './calendar.ts';

describe('iCalendar text', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(icsText('Tea, cake; and a \\ slash\nnext line')).toBe('Tea\\, cake\\; and a \\\\ slash\\nnext line');
  });

  it('writes UTC times with a Z', () => {
    expect(icsTime('2030-10-27T01:30:00.000Z')).toBe('20301027T013000Z');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'Café '.repeat(30)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });

  it('names the file after the person, in plain letters', () => {
    expect(calendarFilename('Zoë O’Neill')).toBe('apron-shifts-zoe-oneill.ics');
  });
});
