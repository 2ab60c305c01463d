import { describe, expect, it } from 'vitest';
import { devicePermissionAnswer, permissionCheckAnswer, permissionRequestAnswer } from './permissions.ts';

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'hid', 'serial', 'usb', 'clipboard-read', 'fullscreen', 'openExternal', 'unknown-future-thing'])(
    'refuses %s',
    (permission) => {
      expect(permissionRequestAnswer(permission)).toBe(false);
      expect(permissionCheckAnswer(permission)).toBe(false);
    },
  );

  it('hands no device to a page', () => {
    expect(devicePermissionAnswer()).toBe(false);
  });
});
