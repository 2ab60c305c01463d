import { describe, expect, it } from 'vitest';
import { mayNavigate, windowOpenAnswer } from './navigation.ts';

describe('navigation', () => {
  it('lets the page reload itself', () => {
    expect(mayNavigate('app://apron/index.html', { kind: 'app' })).toBe(true);
  });

  it.each(['https://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,hi', 'app://apron.evil/'])('refuses %s', (url) => {
    expect(mayNavigate(url, { kind: 'app' })).toBe(false);
  });

  it('denies every new window', () => {
    expect(windowOpenAnswer()).toEqual({ action: 'deny' });
  });
});
