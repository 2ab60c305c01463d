import type { Core } from '../electron/core/app.ts';

// What the sale benchmarks share: calls through the dispatcher, the sample café signed in,
// and the same three-drink sale.

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
