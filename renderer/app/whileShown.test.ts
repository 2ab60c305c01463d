import { describe, expect, it } from 'vitest';
import { whileShown } from './whileShown.ts';

describe('an answer loaded for a screen', () => {
  it('is shown while the screen still wants it', async () => {
    const shown: string[] = [];
    whileShown(Promise.resolve('Tom’s skills'), (a) => shown.push(a));
    await Promise.resolve();
    expect(shown).toEqual(['Tom’s skills']);
  });

  it('is dropped when the screen closed or asked again before it came', async () => {
    const shown: string[] = [];
    let answer!: (a: string) => void;
    const stop = whileShown(new Promise<string>((resolve) => (answer = resolve)), (a) => shown.push(a));
    stop();
    answer('Tom’s skills');
    await Promise.resolve();
    expect(shown).toEqual([]);
  });
});
