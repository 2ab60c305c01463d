import type { SignedInStaff } from '../../shared/contract/index.ts';
import { ScreenHeading } from '../components/feedback.tsx';
import { aRole } from '../components/roles.ts';
import { whoMayOpen, type RouteName, routes } from './routes.ts';

export function NotAllowed({ route, staff }: { route: RouteName; staff: SignedInStaff }) {
  return (
    <div className="screen">
      <ScreenHeading title="Not allowed">Not allowed</ScreenHeading>
      <p className="lead">
        {routes[route].title} is only for {whoMayOpen(route)}. You are logged in as {staff.displayName}, {aRole(staff.role)}.
      </p>
      <a className="button button-primary" href="#/">
        Back to home
      </a>
    </div>
  );
}

export function NotFound() {
  return (
    <div className="screen">
      <ScreenHeading title="Page not found">Page not found</ScreenHeading>
      <p className="lead">Apron has no screen at this address.</p>
      <a className="button button-primary" href="#/">
        Back to home
      </a>
    </div>
  );
}
