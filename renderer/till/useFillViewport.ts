import { useLayoutEffect, type RefObject } from 'react';

/**
 * Makes the element reach down to the bottom of the window, whatever sits above it (the top
 * bar, the practice banner), so the basket and the Pay button are always on the screen
 * while the products scroll on their own.
 */
export function useFillViewport(ref: RefObject<HTMLElement | null>, enabled: boolean): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !enabled) return;
    const fit = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      element.style.height = `${Math.max(520, window.innerHeight - top - 12)}px`;
    };
    fit();
    // The banner coming and going moves the element down or up, and the page grows or shrinks.
    const observer = new ResizeObserver(fit);
    observer.observe(document.body);
    window.addEventListener('resize', fit);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', fit);
      element.style.height = '';
    };
  }, [ref, enabled]);
}
