import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './ipcSender.ts';

const trusted = new Set([7]);
const app = { kind: 'app' } as const;

describe('isTrustedSender', () => {
  it('accepts our window showing our page', () => {
    expect(isTrustedSender({ sender: { id: 7 }, senderFrame: { url: 'app://apron/index.html#/till' } }, trusted, app)).toBe(true);
  });

  it('refuses another webContents, even on our page', () => {
    expect(isTrustedSender({ sender: { id: 8 }, senderFrame: { url: 'app://apron/index.html' } }, trusted, app)).toBe(false);
  });

  it('refuses our window when the frame shows something else', () => {
    expect(isTrustedSender({ sender: { id: 7 }, senderFrame: { url: 'https://evil.example/' } }, trusted, app)).toBe(false);
    expect(isTrustedSender({ sender: { id: 7 }, senderFrame: { url: 'data:text/html,hi' } }, trusted, app)).toBe(false);
    expect(isTrustedSender({ sender: { id: 7 }, senderFrame: { url: 'app://apron@evil/' } }, trusted, app)).toBe(false);
  });

  it('refuses a call whose frame is gone', () => {
    expect(isTrustedSender({ sender: { id: 7 }, senderFrame: null }, trusted, app)).toBe(false);
    expect(isTrustedSender({ sender: { id: 7 }, senderFrame: undefined }, trusted, app)).toBe(false);
  });

  it('refuses everything when no window is registered', () => {
    expect(isTrustedSender({ sender: { id: 7 }, senderFrame: { url: 'app://apron/' } }, new Set(), app)).toBe(false);
  });

  it('checks the dev origin in development', () => {
    const dev = { kind: 'dev', port: 5173 } as const;
    expect(isTrustedSender({ sender: { id: 7 }, senderFrame: { url: 'http://127.0.0.1:5173/' } }, trusted, dev)).toBe(true);
    expect(isTrustedSender({ sender: { id: 7 }, senderFrame: { url: 'http://127.0.0.1:9999/' } }, trusted, dev)).toBe(false);
  });
});
