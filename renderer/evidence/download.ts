import type { ExportFile } from '../../shared/contract/index.ts';
import { bytesOfBase64 } from './evidenceWords.ts';

// Hands a file the core made to the browser as a download, under the name the core gave it
// (Electron shows its own save dialog).

export function downloadFile(doc: Document, file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([bytesOfBase64(file.base64)], { type: file.mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.rel = 'noopener';
  doc.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before letting go of the data.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
