import type { ApiError } from '../../shared/contract/index.ts';
import { errorFor } from '../components/fieldErrors.ts';
import { SelectField, TextField } from '../components/fields.tsx';
import { baudRates, connectionKinds, type BaudRate, type ConnectionDraft } from './printerDraft.ts';

interface ConnectionPickerProps {
  at: 'receipt' | 'kitchen';
  draft: ConnectionDraft;
  onChange: (draft: ConnectionDraft) => void;
  error: ApiError | null;
}

/** How a printer is reached: four large toggles, then only the boxes that kind needs. */
export function ConnectionPicker({ at, draft, onChange, error }: ConnectionPickerProps) {
  const set = (change: Partial<ConnectionDraft>) => onChange({ ...draft, ...change });
  const groupId = `${at}-connection-label`;
  // A problem with the kind itself (not one of its boxes) is said above the toggles.
  const kindProblem = error?.field === at || error?.field === `${at}.kind` ? error.message : undefined;
  return (
    <div className={`field${kindProblem ? ' field-has-error' : ''}`}>
      <p id={groupId} className="field-label">
        How is it connected?
      </p>
      {kindProblem ? (
        <p className="field-error" role="alert">
          {kindProblem}
        </p>
      ) : null}
      <div className="hw-toggles" role="group" aria-labelledby={groupId}>
        {connectionKinds.map((k) => (
          <button key={k.kind} type="button" className="choice-option hw-toggle" aria-pressed={draft.kind === k.kind} onClick={() => set({ kind: k.kind })}>
            {k.label}
          </button>
        ))}
      </div>
      {draft.kind === 'network' ? (
        <div className="inline-fields">
          <TextField
            id={`${at}-host`}
            label="Network address"
            hint="Like 192.168.1.50. Most printers print theirs if you hold the feed button while switching on."
            value={draft.host}
            onChange={(host) => set({ host })}
            error={errorFor(error, `${at}.host`)}
            maxLength={253}
          />
          <TextField id={`${at}-port`} label="Port" hint="Almost always 9100." inputMode="numeric" value={draft.port} onChange={(port) => set({ port })} error={errorFor(error, `${at}.port`)} maxLength={5} />
        </div>
      ) : null}
      {draft.kind === 'usb' ? (
        <TextField
          id={`${at}-usb-device`}
          label="Device"
          hint="The printer’s device file, like /dev/usb/lp0."
          value={draft.usbDevice}
          onChange={(usbDevice) => set({ usbDevice })}
          error={errorFor(error, `${at}.device`)}
        />
      ) : null}
      {draft.kind === 'serial' ? (
        <div className="inline-fields">
          <TextField
            id={`${at}-serial-device`}
            label="Serial device"
            hint="Like /dev/ttyUSB0, or COM3 on Windows."
            value={draft.serialDevice}
            onChange={(serialDevice) => set({ serialDevice })}
            error={errorFor(error, `${at}.device`)}
          />
          <SelectField<BaudRate>
            id={`${at}-baud`}
            label="Speed"
            hint="As set on the printer; 9600 if unsure."
            value={draft.baudRate}
            options={baudRates.map((b) => ({ value: b, label: b }))}
            onChange={(baudRate) => set({ baudRate })}
            error={errorFor(error, `${at}.baudRate`)}
          />
        </div>
      ) : null}
    </div>
  );
}
