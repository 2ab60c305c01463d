import { ScreenHeading } from '../components/feedback.tsx';

export function CashScreen() {
  return (
    <div className="screen">
      <ScreenHeading title="Cash-up">Cash-up</ScreenHeading>
    </div>
  );
}
