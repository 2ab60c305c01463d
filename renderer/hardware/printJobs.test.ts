import { describe, expect, it } from 'vitest';
import type { PrintJob } from '../../shared/contract/index.ts';
import { jobStateWords, mayCancel, withJob } from './printJobs.ts';

const job = (over: Partial<PrintJob>): PrintJob => ({ id: 'j1', target: 'receipt', what: 'Receipt 12', state: 'pending', attempts: 0, lastError: null, createdAt: '2026-11-02T10:00:00.000Z', printedAt: null, ...over });

describe('recent print jobs', () => {
  it('a job stuck behind an unplugged printer says how often it was tried and why it failed', () => {
    expect(jobStateWords(job({ attempts: 3, lastError: 'The printer did not answer.' }))).toBe('Waiting (tried 3 times: The printer did not answer.)');
    expect(jobStateWords(job({ attempts: 1 }))).toBe('Waiting (tried once)');
    expect(jobStateWords(job({}))).toBe('Waiting to print');
  });

  it('says when it printed, in café time', () => {
    expect(jobStateWords(job({ state: 'printed', printedAt: '2026-07-02T10:05:00.000Z' }))).toBe('Printed at 11:05');
  });

  it('only a waiting job can be cancelled', () => {
    expect(mayCancel(job({}))).toBe(true);
    expect(mayCancel(job({ state: 'printed' }))).toBe(false);
    expect(mayCancel(job({ state: 'cancelled' }))).toBe(false);
  });

  it('a cancelled job replaces itself in the list', () => {
    expect(withJob([job({}), job({ id: 'j2' })], job({ state: 'cancelled' })).map((j) => j.state)).toEqual(['cancelled', 'pending']);
  });
});
