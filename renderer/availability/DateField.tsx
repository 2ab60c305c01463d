import { FieldNotes } from '../components/fields.tsx';
import type { DateParts } from './availabilityForm.ts';

interface DateFieldProps {
  id: string;
  label: string;
  hint?: string;
  optional?: boolean;
  value: DateParts;
  onChange: (value: DateParts) => void;
  error?: string | undefined;
}

/** A date as three boxes (day, month, year) under one label: no calendar widget to fight with. */
export function DateField({ id, label, hint, optional, value, onChange, error }: DateFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const box = (part: keyof DateParts, name: string, width: string, max: number) => (
    <div className="date-part">
      <label htmlFor={`${id}-${part}`} className="date-part-label">
        {name}
      </label>
      <input
        id={`${id}-${part}`}
        className={`input date-part-input ${width}`}
        inputMode="numeric"
        autoComplete="off"
        maxLength={max}
        value={value[part]}
        onChange={(e) => onChange({ ...value, [part]: e.target.value })}
        {...(error ? { 'aria-invalid': true } : {})}
      />
    </div>
  );
  return (
    <fieldset className={`field date-field${error ? ' field-has-error' : ''}`} aria-describedby={describedBy}>
      <legend className="field-label">
        {label}
        {optional ? <span className="field-optional"> (optional)</span> : null}
      </legend>
      <FieldNotes id={id} hint={hint} error={error} />
      <div className="date-parts">
        {box('day', 'Day', 'date-part-short', 2)}
        {box('month', 'Month', 'date-part-short', 2)}
        {box('year', 'Year', 'date-part-year', 4)}
      </div>
    </fieldset>
  );
}
