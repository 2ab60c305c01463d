import { useId, type ReactNode } from 'react';

// Every input has a visible label, an optional hint, and the core's message for it shown
// right under the label, linked to the input so a screen reader reads it too.

interface FieldFrameProps {
  id: string;
  label: string;
  optional?: boolean | undefined;
  hint?: string | undefined;
  error?: string | undefined;
  children: (described: { 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}

/**
 * A field's hint and the problem with it, under its label or legend: `${id}-hint` and
 * `${id}-error`, for the control's aria-describedby. The problem is announced as it appears.
 */
export function FieldNotes({ id, hint, error }: { id: string; hint?: ReactNode; error?: string | undefined }) {
  return (
    <>
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
    </>
  );
}

function FieldFrame({ id, label, optional, hint, error, children }: FieldFrameProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field-has-error' : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
        {optional ? <span className="field-optional"> (optional)</span> : null}
      </label>
      <FieldNotes id={id} hint={hint} error={error} />
      {children({ ...(describedBy ? { 'aria-describedby': describedBy } : {}), ...(error ? { 'aria-invalid': true as const } : {}) })}
    </div>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  optional?: boolean;
  hint?: string;
  error?: string | undefined;
  type?: 'text' | 'password';
  inputMode?: 'text' | 'numeric';
  autoComplete?: string;
  multiline?: boolean;
  maxLength?: number;
}

export function TextField(props: TextFieldProps) {
  const { id, value, onChange, type = 'text', inputMode, autoComplete = 'off', multiline, maxLength } = props;
  return (
    <FieldFrame {...props}>
      {(described) =>
        multiline ? (
          <textarea id={id} className="input" rows={3} value={value} maxLength={maxLength} onChange={(e) => onChange(e.target.value)} {...described} />
        ) : (
          <input
            id={id}
            className="input"
            type={type}
            inputMode={inputMode}
            autoComplete={autoComplete}
            spellCheck={false}
            value={value}
            maxLength={maxLength}
            onChange={(e) => onChange(e.target.value)}
            {...described}
          />
        )
      }
    </FieldFrame>
  );
}

interface SelectFieldProps<V extends string> {
  id: string;
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  hint?: string;
  error?: string | undefined;
}

export function SelectField<V extends string>(props: SelectFieldProps<V>) {
  const { id, value, options, onChange } = props;
  return (
    <FieldFrame {...props}>
      {(described) => (
        <select id={id} className="input select" value={value} onChange={(e) => onChange(e.target.value as V)} {...described}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string | undefined;
  id?: string;
}

export function CheckboxField({ label, checked, onChange, error, id }: CheckboxFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <div className={`field field-checkbox${error ? ' field-has-error' : ''}`}>
      {error ? (
        <p id={`${inputId}-error`} className="field-error" role="alert">
          <span className="visually-hidden">Problem: </span>
          {error}
        </p>
      ) : null}
      <input
        id={inputId}
        type="checkbox"
        className="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        {...(error ? { 'aria-describedby': `${inputId}-error`, 'aria-invalid': true } : {})}
      />
      <label htmlFor={inputId}>{label}</label>
    </div>
  );
}
