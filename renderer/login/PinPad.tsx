import { useEffect } from 'react';
import type { StoreApi } from 'zustand';
import { useStore } from 'zustand';
import { canSubmitPin, clearPin, deleteDigit, pinKeyAction, pressDigit, PIN_MAX_DIGITS, type PinEntry } from './pinEntry.ts';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

interface PinPadProps {
  entry: StoreApi<PinEntry>;
  busy: boolean;
  onSubmit: (pin: string) => void;
}

function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Big buttons for fingers; the keyboard's digits, Backspace, Escape and Enter work too. */
export function PinPad({ entry, busy, onSubmit }: PinPadProps) {
  const digits = useStore(entry, (s) => s.digits);
  const ready = useStore(entry, canSubmitPin);

  useEffect(() => {
    const submit = () => {
      const state = entry.getState();
      if (canSubmitPin(state)) onSubmit(state.digits);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isTypingTarget(e.target)) return;
      const action = pinKeyAction(e.key);
      if (!action) return;
      // Enter on a focused pad button presses that button; it must not also send the PIN.
      if (action.kind === 'submit' && e.target instanceof HTMLButtonElement) return;
      e.preventDefault();
      if (busy) return;
      if (action.kind === 'digit') entry.setState((s) => pressDigit(s, action.digit));
      else if (action.kind === 'delete') entry.setState(deleteDigit);
      else if (action.kind === 'clear') entry.setState(clearPin);
      else submit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [entry, busy, onSubmit]);

  const press = (digit: string) => entry.setState((s) => pressDigit(s, digit));

  return (
    <div className="pin-pad-wrap">
      <p className="pin-dots" role="status">
        <span aria-hidden="true" className="pin-dots-shown">
          {digits.length === 0 ? <span className="pin-dots-empty">Enter your PIN</span> : '●'.repeat(digits.length)}
        </span>
        <span className="visually-hidden">
          {digits.length === 1 ? '1 number entered' : `${digits.length} numbers entered`}
          {digits.length >= PIN_MAX_DIGITS ? ', that is the most a PIN can have' : ''}
        </span>
      </p>
      <div className="pin-pad" role="group" aria-label="PIN pad">
        {KEYS.map((k) => (
          <button key={k} type="button" className="pin-key" disabled={busy} onClick={() => press(k)}>
            {k}
          </button>
        ))}
        <button type="button" className="pin-key pin-key-word" disabled={busy} onClick={() => entry.setState(clearPin)}>
          Clear
        </button>
        <button type="button" className="pin-key" disabled={busy} onClick={() => press('0')}>
          0
        </button>
        <button type="button" className="pin-key pin-key-word" disabled={busy} onClick={() => entry.setState(deleteDigit)}>
          Delete
        </button>
        <button type="button" className="pin-key pin-key-ok" disabled={busy || !ready} onClick={() => onSubmit(entry.getState().digits)}>
          {busy ? 'Checking…' : 'OK'}
        </button>
      </div>
    </div>
  );
}
