import { describe, expect, it } from 'vitest';
import { csvLine, fixedPoint, neutralise, pounds, toCsv } from './csv.ts';

describe('CSV cells a spreadsheet cannot run', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","Click")', `'=HYPERLINK("http://evil.example","Click")`],
    ['+44 161 496 0000', `'+44 161 496 0000`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1:A9)', `'@SUM(A1:A9)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
  ])('text starting like a formula (%j) gets a leading apostrophe', (text, safe) => {
    expect(neutralise(text)).toBe(safe);
  });

  it.each(['Staff meal', 'Tom Walsh', 'a = b', "O'Neill", '', '20%', '£3.20'])('ordinary text (%j) is left alone', (text) => {
    expect(neutralise(text)).toBe(text);
  });

  it('quotes every cell and doubles quotes inside', () => {
    expect(csvLine(['Flat white', 'the "usual"', 'two,\r\nlines'])).toBe('"Flat white","the ""usual""","two,\r\nlines"');
  });

  it('neutralises inside the quotes, so the cell still reads as text', () => {
    expect(csvLine(['=1+1', '-cmd|calc'])).toBe(`"'=1+1","'-cmd|calc"`);
  });

  it('writes numbers and amounts as numbers, negative ones too', () => {
    expect(csvLine([42, -7, pounds(-1234), pounds(5), pounds(0), null, undefined])).toBe('"42","-7","-12.34","0.05","0.00","",""');
  });
});

describe('fixed-point amounts', () => {
  it.each([
    [12345, 2, '123.45'],
    [-12345, 2, '-123.45'],
    [1, 2, '0.01'],
    [-1, 2, '-0.01'],
    [100, 2, '1.00'],
    [0, 2, '0.00'],
    [-0, 2, '0.00'],
    [2000, 0, '2000'],
    [125, 1, '12.5'],
    [123_456_789_012, 2, '1234567890.12'],
  ])('%d with %d decimals is %s', (scaled, decimals, text) => {
    expect(fixedPoint(scaled, decimals).csvNumber).toBe(text);
  });

  it('refuses a fraction or an endless number rather than write it wrong', () => {
    expect(() => fixedPoint(1.5, 2)).toThrow(RangeError);
    expect(() => fixedPoint(Number.NaN, 2)).toThrow(RangeError);
    expect(() => csvLine([Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });
});

describe('a CSV file', () => {
  it('has a header, CRLF line ends and a final line end', () => {
    expect(toCsv(['Rate', 'Net (GBP)'], [['20%', pounds(1000)], ['0%', pounds(450)]])).toBe('"Rate","Net (GBP)"\r\n"20%","10.00"\r\n"0%","4.50"\r\n');
  });

  it('puts the UTF-8 byte-order mark first when asked, for Excel', () => {
    expect(toCsv(['Name'], [['Zoë']], { bom: true })).toBe('\uFEFF"Name"\r\n"Zoë"\r\n');
  });

  it('refuses a row that does not fit the header', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow(/1 cells for 2 columns/);
  });
});
