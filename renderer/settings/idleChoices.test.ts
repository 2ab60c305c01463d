import { describe, expect, it } from 'vitest';
import { idleOptions } from './idleChoices.ts';

describe('idle lock choices', () => {
  it('offers times from 30 seconds to an hour, in words', () => {
    const options = idleOptions(120);
    expect(options[0]).toEqual({ value: '30', label: '30 seconds' });
    expect(options.find((o) => o.value === '120')?.label).toBe('2 minutes');
    expect(options.at(-1)).toEqual({ value: '3600', label: '1 hour' });
  });

  it('keeps a time set some other way, in order', () => {
    const options = idleOptions(45);
    expect(options.map((o) => o.value).slice(0, 3)).toEqual(['30', '45', '60']);
  });
});
