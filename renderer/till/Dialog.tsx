import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  /** Escape, or the Close button: the dialog is gone and nothing was changed. */
  onClose: () => void;
  children: ReactNode;
  className?: string;
  closeLabel?: string;
}

/**
 * A modal dialog (the browser's own <dialog>): it keeps focus inside until it closes,
 * Escape closes it, and the page behind cannot be tapped by accident.
 */
export function Dialog({ title, onClose, children, className, closeLabel = 'Close' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // showModal focuses the first button; a dialog can name a better start (data-autofocus).
    dialog?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog${className ? ` ${className}` : ''}`}
      aria-labelledby={headingId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="dialog-top">
        <h2 id={headingId} className="dialog-title">
          {title}
        </h2>
        <button type="button" className="button button-secondary dialog-close" onClick={onClose}>
          {closeLabel}
        </button>
      </div>
      {children}
    </dialog>
  );
}
