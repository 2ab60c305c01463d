import type { BackupFile } from '../../shared/contract/index.ts';
import { formatCafeTime } from '../../shared/dates.ts';
import { bytesInWords } from '../../shared/sizes.ts';

/** "Tuesday 29 October 2030 at 14:05", on the café's clock. */
export function backupTimeWords(at: string): string {
  return formatCafeTime(at, "EEEE d MMMM yyyy 'at' HH:mm");
}


/** One line of the list: "Tuesday 29 October 2030 at 14:05 — 2.1 MB". */
export function backupLine(file: BackupFile): string {
  return `${backupTimeWords(file.at)} — ${bytesInWords(file.bytes)}`;
}

/** How long ago the last backup was, for the manager: a day without one deserves a word. */
export function staleness(lastAt: string | null, now: Date, everyHours: number): string | null {
  if (lastAt === null) return 'There is no backup yet. Make one now.';
  const hours = (now.getTime() - new Date(lastAt).getTime()) / 3_600_000;
  if (hours < Math.max(24, everyHours * 2)) return null;
  const days = Math.floor(hours / 24);
  return `The last backup is ${days === 1 ? 'a day' : `${days} days`} old. Make one now, and check the computer stays on while the café is open.`;
}
