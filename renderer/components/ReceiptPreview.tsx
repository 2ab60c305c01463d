import { useEffect, useRef, type CSSProperties } from 'react';
import type { MonoBitmap, PrintLine } from '../../shared/receipt/document.ts';
import { unpackBitmap } from '../hardware/logo.ts';
import { previewLineClass } from './ReceiptPreviewLines.ts';
import './ReceiptPreview.css';

/** A one-colour picture drawn dot for dot, as the printer will print it. */
export function MonoBitmapCanvas({ bitmap, label }: { bitmap: MonoBitmap; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const dots = unpackBitmap(bitmap);
    const image = ctx.createImageData(bitmap.width, bitmap.height);
    for (let i = 0; i < dots.length; i++) {
      const shade = dots[i] ? 0 : 255;
      image.data[i * 4] = shade;
      image.data[i * 4 + 1] = shade;
      image.data[i * 4 + 2] = shade;
      image.data[i * 4 + 3] = 255;
    }
    ctx.putImageData(image, 0, 0);
  }, [bitmap]);
  return <canvas ref={ref} className="mono-bitmap" width={bitmap.width} height={bitmap.height} role="img" aria-label={label} />;
}

/**
 * Printed lines in a monospaced block, line for line as the paper gets them: double-size
 * lines twice as big (half as many letters), bold bold, the QR code a labelled box.
 */
export function PrintedLines({ lines, columns, label }: { lines: readonly PrintLine[]; columns: number; label: string }) {
  return (
    <figure className="receipt-preview" aria-label={label} style={{ '--receipt-columns': columns } as CSSProperties}>
      <div className="receipt-paper">
        {lines.map((line, i) => {
          switch (line.kind) {
            case 'text':
              return (
                <div key={i} className={previewLineClass(line)}>
                  {line.text}
                </div>
              );
            case 'rule':
              return (
                <div key={i} className="rp-line" aria-hidden="true">
                  {line.char.repeat(columns)}
                </div>
              );
            case 'blank':
              return (
                <div key={i} className="rp-line" aria-hidden="true">
                  {'\u00a0'}
                </div>
              );
            case 'qr':
              return (
                <div key={i} className="rp-qr" role="img" aria-label={`QR code: ${line.data}`}>
                  <span aria-hidden="true">QR code</span>
                </div>
              );
            case 'logo':
              return (
                <div key={i} className="rp-logo">
                  <MonoBitmapCanvas bitmap={line.bitmap} label="Logo" />
                </div>
              );
          }
        })}
      </div>
    </figure>
  );
}
