import type { SignedInStaff } from '../../shared/contract/index.ts';
import { ScreenHeading } from '../components/feedback.tsx';

// Being built now (issue 5): replaced by the full screen before this lands.
export function AvailabilityScreen({ staff }: { staff: SignedInStaff }) {
  return (
    <div className="screen" data-staff={staff.id}>
      <ScreenHeading title="Availability and time off">Availability and time off</ScreenHeading>
    </div>
  );
}
