import { useEffect, useState } from 'react';
import type { PrinterStatus } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { followPrinterStatus } from './printerStatusFollower.ts';

/**
 * The printers' last known state, kept fresh by `printer.status` (a state change) and
 * `printer.printed` (a job done, so fewer wait). A core that cannot say leaves the list
 * empty: printing is never a reason to stop selling.
 */
export function usePrinterStatus(): PrinterStatus[] {
  const { api, call } = useApp();
  const [statuses, setStatuses] = useState<PrinterStatus[]>([]);

  useEffect(() => {
    const follower = followPrinterStatus(
      () => call('printing.status', {}).then((r) => (r.ok ? r.value : null)),
      (update) => setStatuses(update),
    );
    follower.reload();
    const stop = api.on((m) => {
      if (m.event === 'printer.status') follower.heard(m.payload);
      else if (m.event === 'printer.printed' || m.event === 'hardware.changed' || m.event === 'sale.completed') follower.reload();
    });
    return () => {
      follower.stop();
      stop();
    };
  }, [api, call]);

  return statuses;
}
