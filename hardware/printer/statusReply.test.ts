import { describe, expect, it } from 'vitest';
import { statusReplyFor } from './capturePrinter.ts';
import { parseStatusReplies } from './statusReply.ts';

describe('printer status replies', () => {
  it('reads a ready printer as ready', () => {
    expect(parseStatusReplies({ printer: 0x12, offlineCause: 0x12, paper: 0x12 })).toEqual({ state: 'ready', message: 'The printer is ready.' });
  });

  it('reads paper out from the offline cause or the paper sensor', () => {
    expect(parseStatusReplies({ printer: 0x1a, offlineCause: 0x32, paper: 0x72 }).state).toBe('paper_out');
    expect(parseStatusReplies({ printer: 0x1a, paper: 0x72 }).state).toBe('paper_out');
  });

  it('reads an open lid', () => {
    expect(parseStatusReplies({ printer: 0x1a, offlineCause: 0x16, paper: 0x12 })).toMatchObject({ state: 'cover_open', message: expect.stringContaining('lid is open') });
  });

  it('says when the paper is running low but the printer still prints', () => {
    expect(parseStatusReplies({ printer: 0x12, offlineCause: 0x12, paper: 0x1e })).toMatchObject({ state: 'ready', message: expect.stringContaining('running low') });
  });

  it('reads an offline printer with an error as offline, saying what to do', () => {
    expect(parseStatusReplies({ printer: 0x1a, offlineCause: 0x52, paper: 0x12 })).toMatchObject({ state: 'offline', message: expect.stringContaining('switch it off and on') });
  });

  it('does not guess from no answer or from bytes that are not status answers', () => {
    expect(parseStatusReplies({}).state).toBe('unknown');
    expect(parseStatusReplies({ printer: 0x41 }).state).toBe('unknown');
    expect(parseStatusReplies({ printer: 0x12, offlineCause: 0xff }).state).toBe('unknown');
  });

  it('agrees with the capture printer’s replies for every state', () => {
    for (const state of ['ready', 'paper_out', 'cover_open'] as const) {
      expect(parseStatusReplies({ printer: statusReplyFor(state, 1), offlineCause: statusReplyFor(state, 2), paper: statusReplyFor(state, 4) }).state).toBe(state);
    }
  });
});
