import { indicatorText } from './printerWords.ts';
import { usePrinterStatus } from './usePrinterStatus.ts';
import './hardware.css';

/** The till's printer corner: a short line only when a printer needs someone, or jobs wait. */
export function PrinterIndicator() {
  const text = indicatorText(usePrinterStatus());
  // The live region stays in the page so a change is read out; it is empty when all is well.
  return (
    <p className={text ? 'printer-indicator' : 'printer-indicator printer-indicator-quiet'} role="status" data-testid="printer-indicator">
      {text}
    </p>
  );
}
