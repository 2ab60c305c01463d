import type { SignedInStaff } from '../../shared/contract/index.ts';
import { ScreenHeading } from '../components/feedback.tsx';

// Being built now (issue 5): replaced by the full screen before this lands.
export function HoursScreen({ staff }: { staff: SignedInStaff }) {
  return (
    <div className="screen" data-staff={staff.id}>
      <ScreenHeading title="Hours">Hours</ScreenHeading>
    </div>
  );
}
