// A barcode scanner plugged in as a keyboard ("wedge") types the digits very fast and then
// presses Enter. When nothing that takes typing has focus, the till listens for that
// pattern, so a scan works wherever the trainee last tapped.

/** Keys closer together than this are a scanner, not a person. */
export const WEDGE_KEY_GAP_MS = 60;
const SHORTEST_BARCODE = 8;

export interface WedgeState {
  digits: string;
  lastAt: number;
}

export const emptyWedge: WedgeState = { digits: '', lastAt: 0 };

/** Feeds one key at time `at` (ms); returns the next state and a code when a scan ends. */
export function feedWedge(state: WedgeState, key: string, at: number): { state: WedgeState; code: string | null } {
  const continuing = state.digits !== '' && at - state.lastAt <= WEDGE_KEY_GAP_MS;
  if (/^\d$/.test(key)) return { state: { digits: (continuing ? state.digits : '') + key, lastAt: at }, code: null };
  if (key === 'Enter' && continuing && state.digits.length >= SHORTEST_BARCODE) return { state: emptyWedge, code: state.digits };
  return { state: emptyWedge, code: null };
}
