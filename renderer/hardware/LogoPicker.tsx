import { useState } from 'react';
import type { MonoBitmap } from '../../shared/receipt/document.ts';
import { MonoBitmapCanvas } from '../components/ReceiptPreview.tsx';
import { logoSize, toMonoBitmap, type DotStyle } from './logo.ts';

/** Reads a picture file in the browser and turns it into the black and white dots a receipt printer prints. */
async function pictureToBitmap(file: File, style: DotStyle): Promise<MonoBitmap> {
  const image = await createImageBitmap(file);
  const { width, height } = logoSize(image.width, image.height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no canvas');
  // Paper is white: see-through parts of the picture stay paper.
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(image, 0, 0, width, height);
  image.close();
  return toMonoBitmap(ctx.getImageData(0, 0, width, height).data, width, height, style);
}

export function LogoPicker({ logo, onChange, error }: { logo: MonoBitmap | null; onChange: (logo: MonoBitmap | null) => void; error?: string | undefined }) {
  const [file, setFile] = useState<File | null>(null);
  const [style, setStyle] = useState<DotStyle>('threshold');
  const [problem, setProblem] = useState<string | null>(null);

  const convert = async (picked: File, how: DotStyle) => {
    try {
      onChange(await pictureToBitmap(picked, how));
      setProblem(null);
    } catch {
      setProblem('Apron could not read that file as a picture. Try a PNG or JPEG.');
    }
  };

  const shown = error ?? problem;
  return (
    <fieldset className={`choice-group hw-group${shown ? ' field-has-error' : ''}`}>
      <legend>Logo at the top of receipts</legend>
      <p className="field-hint">Printed in black dots only, up to 384 dots wide. A simple dark logo on white prints best.</p>
      {shown ? (
        <p className="field-error" role="alert">
          {shown}
        </p>
      ) : null}
      {logo ? (
        <div className="hw-logo-preview">
          <MonoBitmapCanvas bitmap={logo} label="The logo as it will print" />
        </div>
      ) : (
        <p>No logo.</p>
      )}
      <div className="button-row">
        <label className="button button-secondary hw-file">
          {logo ? 'Choose a different picture' : 'Choose a picture'}
          <input
            type="file"
            accept="image/png,image/jpeg,image/gif,image/webp,image/bmp"
            className="visually-hidden"
            onChange={(e) => {
              const picked = e.target.files?.[0];
              e.target.value = '';
              if (!picked) return;
              setFile(picked);
              void convert(picked, style);
            }}
          />
        </label>
        {logo ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setFile(null);
              onChange(null);
            }}
          >
            Remove the logo
          </button>
        ) : null}
      </div>
      {file ? (
        <div className="hw-toggles" role="group" aria-label="How to turn the picture into dots">
          {(
            [
              ['threshold', 'Sharp (for a drawn logo)'],
              ['dither', 'Shaded (for a photo)'],
            ] as const
          ).map(([value, label]) => (
            <button
              key={value}
              type="button"
              className="choice-option"
              aria-pressed={style === value}
              onClick={() => {
                setStyle(value);
                void convert(file, value);
              }}
            >
              {label}
            </button>
          ))}
        </div>
      ) : null}
    </fieldset>
  );
}
