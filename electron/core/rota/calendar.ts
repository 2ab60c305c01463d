import type { Shift } from '../../../shared/contract/index.ts';

// A trainee's published shifts as an iCalendar file (RFC 5545): CRLF line ends, lines folded
// at 75 octets, text escaped, times in UTC with a Z, one stable UID per shift so a calendar
// that imports the file again updates the event rather than adding another.

export interface CalendarOptions {
  cafeName: string;
  personName: string;
  now: Date;
}

/** 20301027T000000Z */
export function icsTime(at: string | Date): string {
  return new Date(at).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newlines are escaped in TEXT values. */
export function icsText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and a space, never inside a character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * SEQUENCE must grow with each change that matters to the person; the minute of the shift's
 * last change does, without keeping a counter.
 */
function sequenceOf(shift: Shift & { updatedAt: string }): number {
  return shift.changedSincePublished || shift.attendance?.status === 'cancelled' ? Math.max(1, Math.floor((Date.parse(shift.updatedAt) - Date.parse('2020-01-01T00:00:00Z')) / 60000)) : 0;
}

export function shiftsCalendar(shifts: readonly (Shift & { updatedAt: string })[], options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Apron//Rota//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(`${options.personName} – shifts at ${options.cafeName}`)}`,
  ];
  for (const shift of shifts) {
    if (!shift.startAt || !shift.endAt) continue;
    const cancelled = shift.attendance?.status === 'cancelled';
    const details = [
      shift.supervisor ? `Supervisor on duty: ${shift.supervisor.displayName}` : null,
      shift.note,
      shift.changedSincePublished && !cancelled ? 'This shift changed after the rota was published.' : null,
    ].filter((d): d is string => d !== null);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${shift.id}@apron`,
      `DTSTAMP:${icsTime(options.now)}`,
      `LAST-MODIFIED:${icsTime(shift.updatedAt)}`,
      `SEQUENCE:${sequenceOf(shift)}`,
      `DTSTART:${icsTime(shift.startAt)}`,
      `DTEND:${icsTime(shift.endAt)}`,
      `SUMMARY:${icsText(`${cancelled ? 'Cancelled: ' : ''}${shift.station?.name ?? 'Shift'} shift at ${options.cafeName}`)}`,
      ...(details.length > 0 ? [`DESCRIPTION:${icsText(details.join('\n'))}`] : []),
      `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** "apron-shifts-tom-walsh.ics" */
export function calendarFilename(personName: string): string {
  const slug = personName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `apron-shifts-${slug || 'person'}.ics`;
}
