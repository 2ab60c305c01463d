import { openDevicePrinter } from './deviceFile.ts';
import { openNetworkPrinter } from './network.ts';
import { DEFAULT_TIMEOUTS, type OpenPrinter } from './port.ts';
import { openSerialPrinter } from './serial.ts';

// The driver for how the printer is connected. Opening costs nothing: each driver reaches
// the printer only when a job or a status check needs it.

export const openPrinter: OpenPrinter = (connection, timeouts = DEFAULT_TIMEOUTS) => {
  switch (connection.kind) {
    case 'network':
      return openNetworkPrinter({ host: connection.host, port: connection.port }, timeouts);
    case 'usb':
      return openDevicePrinter({ device: connection.device }, timeouts);
    case 'serial':
      return openSerialPrinter({ device: connection.device, baudRate: connection.baudRate }, timeouts);
  }
};
