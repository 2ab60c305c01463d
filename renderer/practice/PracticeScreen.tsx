import { ScreenHeading } from '../components/feedback.tsx';

export function PracticeScreen() {
  return (
    <div className="screen">
      <ScreenHeading title="Practice review">Practice review</ScreenHeading>
    </div>
  );
}
