// The idle-lock time as choices a manager can read, instead of a number of seconds.

export const idleChoices: readonly { seconds: number; label: string }[] = [
  { seconds: 30, label: '30 seconds' },
  { seconds: 60, label: '1 minute' },
  { seconds: 120, label: '2 minutes' },
  { seconds: 180, label: '3 minutes' },
  { seconds: 300, label: '5 minutes' },
  { seconds: 600, label: '10 minutes' },
  { seconds: 900, label: '15 minutes' },
  { seconds: 1800, label: '30 minutes' },
  { seconds: 3600, label: '1 hour' },
];

/** The choices, with the café's current time added if it is not one of them. */
export function idleOptions(current: number): { value: string; label: string }[] {
  const known = idleChoices.some((c) => c.seconds === current);
  const all = known ? idleChoices : [...idleChoices, { seconds: current, label: `${current} seconds` }].sort((a, b) => a.seconds - b.seconds);
  return all.map((c) => ({ value: String(c.seconds), label: c.label }));
}
