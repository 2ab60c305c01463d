import { useState } from 'react';
import type { PrintJob, Result } from '../../shared/contract/index.ts';
import { Alert, Notice } from '../components/feedback.tsx';
import { sentWords } from './printerWords.ts';
import { usePrinterStatus } from './usePrinterStatus.ts';
import './hardware.css';

interface PrintButtonProps {
  label: string;
  /** Queues the job; the printer itself is never waited for. */
  print: () => Promise<Result<PrintJob>>;
  className?: string;
}

/** A button that sends something to the receipt printer and says what happened, in words. */
export function PrintButton({ label, print, className = 'button button-large' }: PrintButtonProps) {
  const statuses = usePrinterStatus();
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const press = async () => {
    setBusy(true);
    const r = await print();
    setBusy(false);
    setSaid(r.ok ? { ok: true, text: sentWords(statuses, r.value.target) } : { ok: false, text: r.error.message });
  };
  return (
    <div className="print-button">
      <button type="button" className={className} disabled={busy} onClick={() => void press()}>
        {label}
      </button>
      {said?.ok ? <Notice>{said.text}</Notice> : null}
      {said && !said.ok ? <Alert>{said.text}</Alert> : null}
    </div>
  );
}
