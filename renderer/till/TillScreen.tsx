import type { SignedInStaff } from '../../shared/contract/index.ts';
import { ScreenHeading } from '../components/feedback.tsx';

export function TillScreen({ staff: _staff }: { staff: SignedInStaff }) {
  return (
    <div className="screen screen-till">
      <ScreenHeading title="Till">Till</ScreenHeading>
    </div>
  );
}
