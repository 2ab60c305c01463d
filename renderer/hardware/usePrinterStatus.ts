import { useEffect, useState } from 'react';
import type { PrinterStatus } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { withStatus } from './printerWords.ts';

/**
 * The printers' last known state, kept fresh by `printer.status` (a state change) and
 * `printer.printed` (a job done, so fewer wait). A core that cannot say leaves the list
 * empty: printing is never a reason to stop selling.
 */
export function usePrinterStatus(): PrinterStatus[] {
  const { api, call } = useApp();
  const [statuses, setStatuses] = useState<PrinterStatus[]>([]);

  useEffect(() => {
    let live = true;
    const load = () =>
      void call('printing.status', {}).then((r) => {
        if (live && r.ok) setStatuses(r.value);
      });
    load();
    const stop = api.on((m) => {
      if (m.event === 'printer.status') setStatuses((list) => withStatus(list, m.payload));
      else if (m.event === 'printer.printed' || m.event === 'hardware.changed' || m.event === 'sale.completed') load();
    });
    return () => {
      live = false;
      stop();
    };
  }, [api, call]);

  return statuses;
}
