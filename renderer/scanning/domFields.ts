import type { ScannerHubDeps } from './scannerHub.ts';

// The page side of the scanner hub: reading and putting back a text field a keyboard
// scanner typed into.

const isTextField = (el: EventTarget | null): el is HTMLInputElement | HTMLTextAreaElement => el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;

export const domFields: Pick<ScannerHubDeps, 'fieldValue' | 'restoreField'> = {
  fieldValue: (el) => (isTextField(el) ? el.value : null),

  restoreField(el, value) {
    if (!isTextField(el) || value === null || el.value === value) return;
    // React keeps its own copy of a controlled field's value: set it the way typing does,
    // through the element's own setter, then tell React with an input event.
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el) as object, 'value')?.set;
    setter?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  },
};
