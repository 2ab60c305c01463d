import { describe, expect, it } from 'vitest';
import type { PrinterStatus } from '../../shared/contract/index.ts';
import { indicatorText, needsAttention, printerSentence, receiptPrinterFacts, sentWords, withStatus } from './printerWords.ts';

const receipt = (state: PrinterStatus['state'], pending = 0): PrinterStatus => ({ target: 'receipt', state, pending, message: '', checkedAt: null });

describe('the printer in words', () => {
  it('out of paper says what to do and how many receipts wait', () => {
    expect(printerSentence(receipt('paper_out', 3))).toBe('Out of paper — put a new roll in; receipts waiting: 3');
  });

  it('a ready printer with nothing waiting is just ready', () => {
    expect(printerSentence(receipt('ready'))).toBe('Ready');
    expect(needsAttention(receipt('ready'))).toBe(false);
  });

  it('kitchen jobs are tickets', () => {
    expect(printerSentence({ ...receipt('offline', 1), target: 'kitchen' })).toBe('Off or not answering — check it is switched on and its cable is plugged in; tickets waiting: 1');
  });
});

describe('the till’s printer corner', () => {
  it('says nothing when the printer is ready and nothing waits, or when there is no printer', () => {
    expect(indicatorText([receipt('ready'), { ...receipt('not_set_up'), target: 'kitchen' }])).toBeNull();
    expect(indicatorText([])).toBeNull();
  });

  it('a printer that is off with one receipt waiting', () => {
    expect(indicatorText([receipt('offline', 1)])).toBe('Printer: off · 1 waiting');
  });

  it('out of paper with two waiting, and the kitchen printer after the receipt printer', () => {
    expect(indicatorText([{ ...receipt('cover_open'), target: 'kitchen' }, receipt('paper_out', 2)])).toBe('Printer: out of paper · 2 waiting; Kitchen printer: cover open');
  });

  it('jobs waiting on a ready printer are still counted, so nobody thinks a receipt is lost', () => {
    expect(indicatorText([receipt('ready', 2)])).toBe('Printer: 2 waiting');
  });

  it('an event replaces what was known about that printer only', () => {
    const kitchen = { ...receipt('ready'), target: 'kitchen' as const };
    expect(withStatus([receipt('offline', 1), kitchen], receipt('ready'))).toEqual([kitchen, receipt('ready')]);
  });

  it('an event without the paper width and print-every-sale keeps them', () => {
    expect(withStatus([{ ...receipt('ready'), columns: 32, printEverySale: false }], receipt('offline', 1))).toEqual([{ ...receipt('offline', 1), columns: 32, printEverySale: false }]);
  });
});

describe('after pressing Print', () => {
  it('a ready printer: sent', () => {
    expect(sentWords([receipt('ready')])).toBe('Sent to the printer.');
    expect(sentWords([])).toBe('Sent to the printer.');
  });

  it('a printer that is off: it will print when the printer is back', () => {
    expect(sentWords([receipt('offline', 1)])).toBe('Sent to the printer. It will print when the printer is back (off or not answering).');
  });

  it('the till knows whether sales print by themselves, and the paper width, with safe defaults', () => {
    expect(receiptPrinterFacts([])).toEqual({ setUp: false, printEverySale: false, columns: 42, away: false });
    expect(receiptPrinterFacts([{ ...receipt('paper_out'), columns: 32, printEverySale: true }])).toEqual({ setUp: true, printEverySale: true, columns: 32, away: true });
    expect(receiptPrinterFacts([receipt('not_set_up')]).setUp).toBe(false);
  });
});
