import { useEffect, useRef, type ReactNode } from 'react';

/** A problem the person must read now. */
export function Alert({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <div className="alert" role="alert" id={id}>
      {children}
    </div>
  );
}

/** Good news, read out politely. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="notice" role="status">
      {children}
    </div>
  );
}

/**
 * The screen's heading: sets the window title and takes focus when the screen opens, so
 * keyboard and screen-reader users start at the top of the new screen.
 */
export function ScreenHeading({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Apron`;
    ref.current?.focus({ preventScroll: false });
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1} className="screen-heading">
      {children}
    </h1>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}
