import { describe, expect, it } from 'vitest';
import { bytesInWords } from './sizes.ts';

describe('sizes in words', () => {
  it('gives kilobytes or megabytes, never 0 KB', () => {
    expect(bytesInWords(120)).toBe('1 KB');
    expect(bytesInWords(640_400)).toBe('640 KB');
    expect(bytesInWords(2_140_000)).toBe('2.1 MB');
  });
});
