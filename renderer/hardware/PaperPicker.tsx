import type { PaperColumns } from '../../shared/receipt/document.ts';
import { paperChoices } from './printerDraft.ts';

/** The paper width as three large choices. */
export function PaperPicker({ name, value, onChange, error }: { name: string; value: PaperColumns; onChange: (c: PaperColumns) => void; error?: string | undefined }) {
  return (
    <fieldset className={`choice-group hw-group${error ? ' field-has-error' : ''}`}>
      <legend>Paper</legend>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="hw-toggles">
        {paperChoices.map((p) => (
          <label key={p.columns} className={`choice-option${value === p.columns ? ' choice-option-chosen' : ''}`}>
            <input type="radio" name={name} checked={value === p.columns} onChange={() => onChange(p.columns)} />
            {p.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
