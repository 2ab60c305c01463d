import { describe, expect, it } from 'vitest';
import type { PrinterSettings } from '../../shared/contract/index.ts';
import { describeConnection, draftFromSettings, settingsFromDraft, toggleCategory, toggleTender } from './printerDraft.ts';

const fresh: PrinterSettings = {
  receipt: { kind: 'none' },
  columns: 42,
  printEverySale: true,
  drawerPin: 2,
  drawerTenders: ['cash'],
  footer: null,
  qr: null,
  logo: null,
  kitchen: { kind: 'none' },
  kitchenColumns: 42,
  kitchenCategoryIds: [],
};

describe('printer settings as typed', () => {
  it('a café with no printer yet starts with port 9100 ready for a network printer', () => {
    const d = draftFromSettings(fresh);
    expect(d.receipt).toMatchObject({ kind: 'none', port: '9100', baudRate: '9600' });
    expect(d.footer).toBe('');
  });

  it('a network printer at 127.0.0.1:9100 with a footer is sent as the core expects', () => {
    const d = draftFromSettings(fresh);
    const r = settingsFromDraft({ ...d, receipt: { ...d.receipt, kind: 'network', host: '127.0.0.1', port: ' 9101 ' }, footer: 'Thank you for helping us train' });
    expect(r).toEqual({ ok: true, value: expect.objectContaining({ receipt: { kind: 'network', host: '127.0.0.1', port: 9101 }, footer: 'Thank you for helping us train', qr: '' }) });
  });

  it('an empty port means the usual 9100', () => {
    const d = draftFromSettings(fresh);
    const r = settingsFromDraft({ ...d, receipt: { ...d.receipt, kind: 'network', host: 'printer', port: '' } });
    expect(r.ok && r.value.receipt).toEqual({ kind: 'network', host: 'printer', port: 9100 });
  });

  it('words in the port box are said beside that box, and nothing is sent', () => {
    const d = draftFromSettings(fresh);
    const r = settingsFromDraft({ ...d, kitchen: { ...d.kitchen, kind: 'network', host: '10.0.0.9', port: 'nine' } });
    expect(r).toEqual({ ok: false, error: { code: 'invalid_input', message: 'The port must be a whole number, like 9100.', field: 'kitchen.port' } });
  });

  it('tapping a different kind and back keeps what was typed', () => {
    const d = draftFromSettings({ ...fresh, receipt: { kind: 'network', host: '192.168.1.50', port: 9100 } });
    const usb = { ...d, receipt: { ...d.receipt, kind: 'usb' as const, usbDevice: '/dev/usb/lp0' } };
    const back = { ...usb, receipt: { ...usb.receipt, kind: 'network' as const } };
    expect(settingsFromDraft(usb).ok && settingsFromDraft(usb)).toMatchObject({ value: { receipt: { kind: 'usb', device: '/dev/usb/lp0' } } });
    expect(settingsFromDraft(back)).toMatchObject({ value: { receipt: { kind: 'network', host: '192.168.1.50', port: 9100 } } });
  });

  it('a serial printer is sent with its speed as a number', () => {
    const d = draftFromSettings({ ...fresh, receipt: { kind: 'serial', device: '/dev/ttyUSB0', baudRate: 38400 } });
    expect(d.receipt.baudRate).toBe('38400');
    expect(settingsFromDraft(d)).toMatchObject({ value: { receipt: { kind: 'serial', device: '/dev/ttyUSB0', baudRate: 38400 } } });
  });

  it('ticks for the drawer and the kitchen categories add and take away once', () => {
    expect(toggleTender(['cash'], 'card', true)).toEqual(['cash', 'card']);
    expect(toggleTender(['cash', 'card'], 'cash', false)).toEqual(['card']);
    expect(toggleTender(['cash'], 'cash', true)).toEqual(['cash']);
    expect(toggleCategory(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleCategory(['a', 'b'], 'a', false)).toEqual(['b']);
  });

  it('says how a printer is reached in words', () => {
    expect(describeConnection({ kind: 'network', host: '192.168.1.50', port: 9100 })).toBe('Network printer 192.168.1.50:9100');
    expect(describeConnection({ kind: 'none' })).toBe('no printer set up');
  });
});
