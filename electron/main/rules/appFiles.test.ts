import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, fileForAppUrl } from './appFiles.ts';

const dir = '/opt/Apron/resources/renderer';

describe('fileForAppUrl', () => {
  it('maps the root to index.html', () => {
    expect(fileForAppUrl('app://apron/', dir)).toBe('/opt/Apron/resources/renderer/index.html');
  });

  it('maps a file, ignoring query and hash', () => {
    expect(fileForAppUrl('app://apron/index.html#/till', dir)).toBe('/opt/Apron/resources/renderer/index.html');
    expect(fileForAppUrl('app://apron/assets/index-abc.js?v=1', dir)).toBe('/opt/Apron/resources/renderer/assets/index-abc.js');
  });

  it('decodes percent-encoded names', () => {
    expect(fileForAppUrl('app://apron/assets/a%20b.png', dir)).toBe('/opt/Apron/resources/renderer/assets/a b.png');
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['userinfo', 'app://x@apron/index.html'],
    ['another scheme', 'file:///opt/Apron/resources/renderer/index.html'],
    ['an encoded slash and ..', 'app://apron/assets%2F..%2F..%2F..%2Fetc%2Fpasswd'],
    ['a backslash', 'app://apron/assets%5C..%5C..%5Csecret'],
    ['a NUL', 'app://apron/index.html%00.png'],
    ['broken percent-encoding', 'app://apron/%E0%A4%A'],
  ])('refuses %s', (_why, url) => {
    expect(fileForAppUrl(url, dir)).toBeNull();
  });

  it('never leaves the folder, whatever the URL parser did with ..', () => {
    for (const url of ['app://apron/../../etc/passwd', 'app://apron/assets/../../secret', 'app://apron/./../x', 'app://apron/%2e%2e/%2e%2e/etc/passwd']) {
      const file = fileForAppUrl(url, dir);
      if (file !== null) expect(file.startsWith(dir + '/')).toBe(true);
    }
  });

  it('works with Windows paths', () => {
    expect(fileForAppUrl('app://apron/assets/app.js', 'C:\\Program Files\\Apron\\resources\\renderer', path.win32)).toBe(
      'C:\\Program Files\\Apron\\resources\\renderer\\assets\\app.js',
    );
    expect(fileForAppUrl('app://apron/assets/..%5C..%5Capp.asar', 'C:\\Apron\\renderer', path.win32)).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it('names JavaScript, HTML and CSS so module scripts load', () => {
    expect(contentTypeFor('/x/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/a.CSS')).toBe('text/css; charset=utf-8');
  });

  it('falls back to bytes', () => {
    expect(contentTypeFor('/x/file.bin')).toBe('application/octet-stream');
  });
});
