import { useEffect, type RefObject } from 'react';
import type { ApiError } from '../../shared/contract/index.ts';

/**
 * After a refusal the box it is about takes the focus (and scrolls into view), so nobody has
 * to hunt for it in a long form; with no box named, the message above the form is shown.
 */
export function useFocusProblem(form: RefObject<HTMLElement | null>, error: ApiError | null): void {
  useEffect(() => {
    if (!error) return;
    const box = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (box) box.focus();
    else form.current?.querySelector('.alert')?.scrollIntoView({ block: 'nearest' });
  }, [form, error]);
}
