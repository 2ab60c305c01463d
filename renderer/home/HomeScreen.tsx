import type { SignedInStaff } from '../../shared/contract/index.ts';
import { hrefFor } from '../app/routes.ts';
import { ScreenHeading } from '../components/feedback.tsx';
import { homeTilesFor } from './tiles.ts';

export function HomeScreen({ staff }: { staff: SignedInStaff }) {
  const firstName = staff.displayName.split(' ')[0] ?? staff.displayName;
  return (
    <div className="screen screen-home">
      <ScreenHeading title="Home">Hello, {firstName}</ScreenHeading>
      <p className="lead">What would you like to do?</p>
      <ul className="home-tiles">
        {homeTilesFor(staff.role).map((tile) => (
          <li key={tile.label}>
            {tile.route ? (
              <a className="home-tile" href={hrefFor(tile.route)}>
                <span className="home-tile-label">{tile.label}</span>
                {tile.hint ? <span className="home-tile-hint">{tile.hint}</span> : null}
              </a>
            ) : (
              <button type="button" className="home-tile home-tile-soon" disabled>
                <span className="home-tile-label">{tile.label}</span>
                <span className="home-tile-hint">Coming soon</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
