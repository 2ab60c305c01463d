import type { SignedInStaff } from '../../shared/contract/index.ts';

/** Placeholder while the screen is built (issue 6). */
export function EvidenceScreen({ staff }: { staff: SignedInStaff }) {
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Evidence and reports</h1>
      <p>This screen is being built. {staff.displayName}, please ask a manager in the meantime.</p>
    </section>
  );
}
