import type { ExportFile } from '../../shared/contract/index.ts';
import { downloadFile } from './download.ts';
import { fileWords } from './evidenceWords.ts';

/** The PDF and the CSV, each a big button saying what it saves. */
export function FileButtons({ pdf, csv, what }: { pdf: ExportFile; csv: ExportFile; what: string }) {
  return (
    <div className="file-buttons">
      <div>
        <button type="button" className="button button-primary button-large" onClick={() => downloadFile(document, pdf)}>
          Download PDF<span className="visually-hidden"> of {what}</span>
        </button>
        <p className="field-hint">
          {pdf.filename} ({fileWords(pdf)}), to print and sign.
        </p>
      </div>
      <div>
        <button type="button" className="button button-primary button-large" onClick={() => downloadFile(document, csv)}>
          Download CSV<span className="visually-hidden"> of {what}</span>
        </button>
        <p className="field-hint">
          {csv.filename} ({fileWords(csv)}), which opens in a spreadsheet.
        </p>
      </div>
    </div>
  );
}
