import { ScreenHeading } from '../components/feedback.tsx';

export function ReportsScreen() {
  return (
    <div className="screen">
      <ScreenHeading title="Reports">Reports</ScreenHeading>
    </div>
  );
}
