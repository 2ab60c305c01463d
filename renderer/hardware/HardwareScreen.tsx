import { useEffect, useState } from 'react';
import type { Category, PrinterSettings, ScannerSettings } from '../../shared/contract/index.ts';
import { useApp } from '../app/AppContext.tsx';
import { Alert, Loading, ScreenHeading } from '../components/feedback.tsx';
import { PrinterCheck } from './PrinterCheck.tsx';
import { PrinterSettingsForm } from './PrinterSettingsForm.tsx';
import { ScannerSettingsForm } from './ScannerSettingsForm.tsx';
import { usePrinterStatus } from './usePrinterStatus.ts';
import '../till/till.css';
import './hardware.css';

type Loaded<T> = { value: T } | { problem: string } | null;

function useLoad<T>(load: () => Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>(null);
  useEffect(() => {
    let live = true;
    void load().then((r) => {
      if (live) setState(r.ok ? { value: r.value } : { problem: r.error.message });
    });
    return () => {
      live = false;
    };
  }, [load]);
  return state;
}

/** The manager's hardware screen: the receipt printer and drawer, the kitchen printer, scanners. */
export function HardwareScreen() {
  const { call } = useApp();
  const statuses = usePrinterStatus();
  const [loaders] = useState(() => ({
    printing: () => call('printing.settings', {}),
    scanners: () => call('scanners.settings', {}),
    catalogue: () => call('catalogue.get', {}),
  }));
  const printing = useLoad<PrinterSettings>(loaders.printing);
  const scanners = useLoad<ScannerSettings>(loaders.scanners);
  const catalogue = useLoad(loaders.catalogue);
  const [saved, setSaved] = useState<PrinterSettings | null>(null);
  const [unsaved, setUnsaved] = useState(false);

  const printerSettings = saved ?? (printing && 'value' in printing ? printing.value : null);
  const categories: Category[] = catalogue && 'value' in catalogue ? catalogue.value.categories : [];

  return (
    <div className="screen screen-hardware">
      <ScreenHeading title="Hardware">Hardware</ScreenHeading>
      <p className="lead">The receipt printer, the cash drawer and the scanners on the counter.</p>

      {printing === null ? <Loading what="the printer settings" /> : null}
      {printing && 'problem' in printing ? <Alert>{printing.problem}</Alert> : null}
      {printerSettings ? (
        <>
          <PrinterCheck settings={printerSettings} statuses={statuses} unsaved={unsaved} />
          <section className="panel">
            <PrinterSettingsForm initial={printerSettings} categories={categories} onSaved={setSaved} onDirty={setUnsaved} />
          </section>
        </>
      ) : null}

      <section className="panel">
        {scanners === null ? <Loading what="the scanner settings" /> : null}
        {scanners && 'problem' in scanners ? (
          <>
            <h2>Badge and barcode scanners</h2>
            <Alert>{scanners.problem}</Alert>
          </>
        ) : null}
        {scanners && 'value' in scanners ? <ScannerSettingsForm initial={scanners.value} /> : null}
      </section>
    </div>
  );
}
