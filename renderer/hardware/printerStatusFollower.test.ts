import { describe, expect, it } from 'vitest';
import type { PrinterStatus } from '../../shared/contract/index.ts';
import { followPrinterStatus } from './printerStatusFollower.ts';

const receipt = (state: PrinterStatus['state'], pending = 0): PrinterStatus => ({ target: 'receipt', state, pending, message: state, checkedAt: null });

/** A core whose answers the test hands back one at a time, in any order. */
function screen() {
  const asked: { answer: (statuses: PrinterStatus[] | null) => Promise<void> }[] = [];
  let shown: PrinterStatus[] = [];
  const follower = followPrinterStatus(
    () =>
      new Promise<PrinterStatus[] | null>((resolve) => {
        asked.push({
          answer: async (statuses) => {
            resolve(statuses);
            // Let the follower's then() run.
            await new Promise((r) => setTimeout(r, 0));
          },
        });
      }),
    (update) => {
      shown = update(shown);
    },
  );
  return { follower, asked, shown: () => shown.map((s) => `${s.target} ${s.state} ${s.pending}`) };
}

describe('following the printers’ status', () => {
  it('shows the core’s answer, then each event as it comes', async () => {
    const s = screen();
    s.follower.reload();
    await s.asked[0]?.answer([receipt('not_set_up')]);
    expect(s.shown()).toEqual(['receipt not_set_up 0']);
    s.follower.heard(receipt('offline', 1));
    expect(s.shown()).toEqual(['receipt offline 1']);
  });

  it('an answer written before the worker said "ready" does not undo it: the core is asked again', async () => {
    const s = screen();
    // New settings saved: the screen asks, and the worker's "ready" overtakes the answer.
    s.follower.reload();
    s.follower.heard(receipt('ready'));
    await s.asked[0]?.answer([receipt('unknown')]);
    expect(s.shown()).toEqual(['receipt ready 0']);
    expect(s.asked).toHaveLength(2);
    await s.asked[1]?.answer([receipt('ready', 2)]);
    expect(s.shown(), 'the second answer is fresher than the event, pending count and all').toEqual(['receipt ready 2']);
  });

  it('of two questions in flight, only the later answer counts, whichever arrives last', async () => {
    const s = screen();
    s.follower.reload();
    s.follower.reload();
    await s.asked[1]?.answer([receipt('ready', 0)]);
    await s.asked[0]?.answer([receipt('ready', 3)]);
    expect(s.shown()).toEqual(['receipt ready 0']);
  });

  it('a failed question leaves what is known; nothing is shown after the screen has gone', async () => {
    const s = screen();
    s.follower.heard(receipt('paper_out', 1));
    s.follower.reload();
    await s.asked[0]?.answer(null);
    expect(s.shown()).toEqual(['receipt paper_out 1']);
    s.follower.reload();
    s.follower.stop();
    await s.asked[1]?.answer([receipt('ready')]);
    s.follower.heard(receipt('offline'));
    expect(s.shown()).toEqual(['receipt paper_out 1']);
  });
});
