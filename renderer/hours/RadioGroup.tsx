import { FieldNotes } from '../components/fields.tsx';

// A set of big radio buttons under a legend, with the core's message for it shown under
// the legend (and read with each option).

interface RadioGroupProps<V extends string> {
  id: string;
  legend: string;
  value: V | '';
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  error?: string | undefined;
  hint?: string;
}

export function RadioGroup<V extends string>({ id, legend, value, options, onChange, error, hint }: RadioGroupProps<V>) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <fieldset className={`fieldset radio-group${error ? ' field-has-error' : ''}`} id={id} {...(describedBy ? { 'aria-describedby': describedBy } : {})}>
      <legend className="field-label">{legend}</legend>
      <FieldNotes id={id} hint={hint} error={error} />
      <div className="radio-options">
        {options.map((o) => (
          <label key={o.value} className={`radio-option${value === o.value ? ' radio-option-chosen' : ''}`}>
            <input type="radio" name={id} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
