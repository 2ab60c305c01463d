import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../electron/core/app.ts';
import { SettableClock } from '../electron/core/clock.ts';
import { addBenchStation } from './generate/rota.ts';

// What the benchmarks share: calls through the dispatcher, the sample café signed in in a
// folder of its own, and the same three-drink sale.

export function call(core: Core, session: string, method: string, input: unknown): unknown {
  const result = core.dispatch({ session, method, input });
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

/** Loads the sample café; returns a function that signs a sample person in on a screen. */
export function loadSampleCafe(core: Core): (session: string, name: string, pin: string) => void {
  call(core, 'set-up', 'cafe.loadSample', {});
  const tiles = call(core, 'set-up', 'auth.loginTiles', {}) as { id: string; displayName: string }[];
  return (session, name, pin) => {
    const staffId = tiles.find((tile) => tile.displayName === name)?.id ?? '';
    call(core, session, 'auth.loginWithPin', { staffId, pin });
  };
}

export interface BenchCafe {
  core: Core;
  dir: string;
  /** Sam Supervisor, who supervises and signs the generated shifts. */
  supervisor: { id: string; displayName: string };
}

/** The sample café in a new temporary folder at `now`, with the bench's station and `who` signed in on the 'office' screen. */
export function openBenchCafe(now: Date, who: { name: string; pin: string }): BenchCafe {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'apron-bench-'));
  const clock = new SettableClock();
  clock.set(now);
  const core = createCore({ dataDir: dir, version: 'bench', clock });
  const signIn = loadSampleCafe(core);
  signIn('office', who.name, who.pin);
  const tiles = call(core, 'office', 'auth.loginTiles', {}) as { id: string; displayName: string }[];
  const sam = tiles.find((tile) => tile.displayName === 'Sam Supervisor') ?? { id: '', displayName: '' };
  addBenchStation(core.db);
  return { core, dir, supervisor: { id: sam.id, displayName: sam.displayName } };
}

export function closeBenchCafe(cafe: BenchCafe): void {
  cafe.core.close();
  rmSync(cafe.dir, { recursive: true, force: true });
}

/** A latte with oat milk, large; a flat white with an extra shot; a cappuccino with semi-skimmed: £11.00, paid with a £20 note. */
export function threeDrinkSale(clientRef: string): unknown {
  return {
    clientRef,
    basket: {
      orderType: 'eat_in',
      lines: [
        { productId: 'prod-latte', quantity: 1, optionIds: ['opt-milk-oat', 'opt-size-large'] },
        { productId: 'prod-flat-white', quantity: 1, optionIds: ['opt-milk-whole', 'opt-extra-shot'] },
        { productId: 'prod-cappuccino', quantity: 1, optionIds: ['opt-milk-semi'] },
      ],
    },
    payments: [{ tender: 'cash', amountPence: 2000 }],
    expectedTotalPence: 1100,
  };
}
