import type { SignedInStaff } from '../../shared/contract/index.ts';
import { ScreenHeading } from '../components/feedback.tsx';

export function HistoryScreen({ staff: _staff }: { staff: SignedInStaff }) {
  return (
    <div className="screen screen-history">
      <ScreenHeading title="Sales history">Sales history</ScreenHeading>
    </div>
  );
}
