import { ScreenHeading } from '../components/feedback.tsx';

export function CatalogueScreen() {
  return (
    <div className="screen">
      <ScreenHeading title="Catalogue">Catalogue</ScreenHeading>
    </div>
  );
}
