import { useTillState } from '../till/useTillStatus.ts';

/** While the till is in practice mode, every signed-in screen says so at the top. */
export function PracticeBanner() {
  const { till } = useTillState();
  if (!till?.practice) return null;
  return (
    <section className="practice-banner" aria-label="Practice mode">
      <p role="status">
        <strong>Practice mode — nothing here is real money</strong>
      </p>
    </section>
  );
}
