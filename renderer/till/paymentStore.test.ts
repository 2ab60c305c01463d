import { describe, expect, it } from 'vitest';
import { changePence, isPaid, noPayments, remainingPence, removePart, takeCard, takeCash, tenderedPence } from './paymentStore.ts';

describe('taking payment', () => {
  it('takes a £10 note for £7.40 and gives £2.60 change', () => {
    const s = takeCash(noPayments, 740, 1000);
    expect(isPaid(s, 740)).toBe(true);
    expect(tenderedPence(s)).toBe(1000);
    expect(remainingPence(s, 740)).toBe(0);
    expect(changePence(s, 740)).toBe(260);
  });

  it('takes the exact amount with no change', () => {
    const s = takeCash(noPayments, 740, 740);
    expect(changePence(s, 740)).toBe(0);
    expect(isPaid(s, 740)).toBe(true);
  });

  it('splits: part on card, the rest in cash with change', () => {
    let s = takeCard(noPayments, 1220, 300);
    expect(remainingPence(s, 1220)).toBe(920);
    expect(isPaid(s, 1220)).toBe(false);
    s = takeCash(s, 1220, 2000);
    expect(s.parts).toEqual([
      { tender: 'card', amountPence: 300 },
      { tender: 'cash', amountPence: 2000 },
    ]);
    expect(changePence(s, 1220)).toBe(1080);
  });

  it('splits the other way: some cash, the rest on card', () => {
    let s = takeCash(noPayments, 1220, 500);
    expect(remainingPence(s, 1220)).toBe(720);
    s = takeCard(s, 1220, 720);
    expect(isPaid(s, 1220)).toBe(true);
    expect(changePence(s, 1220)).toBe(0);
  });

  it('never puts more on a card than is left to pay', () => {
    const s = takeCard(takeCash(noPayments, 1000, 500), 1000, 600);
    expect(s.parts).toHaveLength(1);
    expect(s.problem).toBe('A card payment can be at most what is left to pay, £5.00.');
  });

  it('takes nothing more once the sale is paid', () => {
    const paid = takeCash(noPayments, 500, 500);
    expect(takeCash(paid, 500, 100).problem).toBe('The sale is already paid.');
    expect(takeCash(paid, 500, 100).parts).toHaveLength(1);
  });

  it('refuses nothing, or less than nothing', () => {
    expect(takeCash(noPayments, 500, 0).problem).toMatch(/more than £0.00/);
    expect(takeCash(noPayments, 500, -100).parts).toEqual([]);
  });

  it('takes back a cash amount typed wrong, and the message goes', () => {
    let s = takeCash(noPayments, 740, 5000);
    s = takeCash(s, 740, 100);
    s = removePart(s, 0);
    expect(s.parts).toEqual([]);
    expect(removePart(s, 3)).toBe(s);
  });

  it('a sale that costs nothing (100% off) is already paid', () => {
    expect(isPaid(noPayments, 0)).toBe(true);
    expect(changePence(noPayments, 0)).toBe(0);
  });
});
