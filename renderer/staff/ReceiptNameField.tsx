/** "Tom" from "Tom Walsh", as the receipt prints it; null while no name is typed yet. */
export function receiptFirstName(displayName: string): string | null {
  return displayName.trim().split(/\s+/)[0] || null;
}

interface ReceiptNameFieldProps {
  id: string;
  /** The name as typed so far: the hint shows what the receipt would say. */
  displayName: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/**
 * Whether the person agreed to their first name on the receipts of their sales. Off unless
 * a manager ticks it: trainees may have good reasons not to be named to the public.
 */
export function ReceiptNameField({ id, displayName, checked, onChange }: ReceiptNameFieldProps) {
  const hintId = `${id}-hint`;
  const first = receiptFirstName(displayName);
  return (
    <div className="field">
      <div className="field-checkbox">
        <input id={id} type="checkbox" className="checkbox" checked={checked} aria-describedby={hintId} onChange={(e) => onChange(e.target.checked)} />
        <label htmlFor={id}>May be named on receipts</label>
      </div>
      <p id={hintId} className="field-hint">
        Only if they agreed. {first ? `Their receipts then say “Served by ${first}”: the first name only.` : 'Their receipts then say “Served by” and their first name only.'}
      </p>
    </div>
  );
}
