import { encodeLines } from '../hardware/escpos/encode.ts';
import { layoutDocument } from '../shared/receipt/layout.ts';
import { sampleReceipt } from '../shared/receipt/sampleDocuments.ts';
import { percentile, report, timeMs } from './report.ts';

// print.render_receipt_ms: a typical receipt (six lines with choices, a staff discount, two
// VAT rates, a logo and a QR code) laid out and turned into ESC/POS bytes, as the print
// worker does for every sale: median of many runs after a warm-up. Goal: under 1 ms.

const WARM_UP = 200;
const RUNS = 2000;

export function runPrintRenderBench(): void {
  const doc = sampleReceipt();
  const render = (): void => {
    encodeLines(layoutDocument(doc, 42), { columns: 42, cut: true, drawer: { pin: 2 } });
  };
  for (let i = 0; i < WARM_UP; i++) render();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(timeMs(render));
  report({ name: 'print.render_receipt_ms', unit: 'ms', value: percentile(samples, 50) });
}
