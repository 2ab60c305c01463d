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
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          <span className="visually-hidden">Problem: </span>
          {error}
        </p>
      ) : null}
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
