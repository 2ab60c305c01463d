import { DateField } from '../availability/DateField.tsx';
import type { PeriodDraft } from './evidenceWords.ts';

/** The first and last day of a period, each as three boxes, with any problem beside its own boxes. */
export function PeriodFields({ id, value, onChange, errors }: { id: string; value: PeriodDraft; onChange: (v: PeriodDraft) => void; errors: { from?: string | undefined; to?: string | undefined } }) {
  return (
    <div className="period-fields">
      <DateField id={`${id}-from`} label="First day" hint="For example 1 6 2030 for 1 June 2030." value={value.from} onChange={(from) => onChange({ ...value, from })} error={errors.from} />
      <DateField id={`${id}-to`} label="Last day (included)" value={value.to} onChange={(to) => onChange({ ...value, to })} error={errors.to} />
    </div>
  );
}
