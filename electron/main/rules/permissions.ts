/**
 * Camera, microphone, notifications, geolocation, HID, serial, clipboard, full screen from
 * the page…: the screens need none of them. Devices (printer, drawer, scanners) belong to
 * the main process, so every permission request and check is answered no.
 */
export function permissionRequestAnswer(_permission: string): false {
  return false;
}

export function permissionCheckAnswer(_permission: string): false {
  return false;
}

/** `setDevicePermissionHandler`: no WebHID/WebUSB/serial device is ever handed to a page. */
export function devicePermissionAnswer(): false {
  return false;
}
