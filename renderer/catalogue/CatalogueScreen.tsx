import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useApp } from '../app/AppContext.tsx';
import { Alert, Loading, Notice, ScreenHeading } from '../components/feedback.tsx';
import { CategoriesPart } from './CategoriesPart.tsx';
import { createCatalogueStore, loaded, showSection, tillLoaded, type Section } from './catalogueStore.ts';
import { DiscountsPart } from './DiscountsPart.tsx';
import { GroupsPart } from './GroupsPart.tsx';
import { ProductsPart } from './ProductsPart.tsx';
import './catalogue.css';

const sections: { section: Section; label: string }[] = [
  { section: 'products', label: 'Products' },
  { section: 'categories', label: 'Categories' },
  { section: 'groups', label: 'Choice groups' },
  { section: 'discounts', label: 'Discounts' },
];

export function CatalogueScreen() {
  const { call } = useApp();
  const [store] = useState(createCatalogueStore);
  const catalogue = useStore(store, (s) => s.catalogue);
  const section = useStore(store, (s) => s.section);
  const notice = useStore(store, (s) => s.notice);
  const [problem, setProblem] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let live = true;
    // Everything, on sale or not: a manager can put things back on sale.
    void Promise.all([call('catalogue.get', { includeInactive: true }), call('till.state', {})]).then(([c, t]) => {
      if (!live) return;
      if (c.ok) store.setState((s) => loaded(s, c.value));
      if (t.ok) store.setState((s) => tillLoaded(s, t.value));
      const failed = !c.ok ? c.error : !t.ok ? t.error : null;
      setProblem(failed ? failed.message : null);
    });
    return () => {
      live = false;
    };
  }, [call, store, reloads]);

  const reload = () => setReloads((n) => n + 1);
  return (
    <div className="screen screen-catalogue">
      <ScreenHeading title="Catalogue">Catalogue</ScreenHeading>
      <p className="lead">What the till sells, at what price and VAT, with the choices and discounts it offers.</p>
      <nav className="catalogue-parts" aria-label="Parts of the catalogue">
        {sections.map((s) => (
          <button key={s.section} type="button" className={`button ${section === s.section ? 'button-primary' : 'button-secondary'}`} aria-pressed={section === s.section} onClick={() => store.setState((st) => showSection(st, s.section))}>
            {s.label}
          </button>
        ))}
      </nav>
      {problem ? <Alert>{problem}</Alert> : null}
      {notice ? <Notice>{notice}</Notice> : null}
      {catalogue === null && !problem ? <Loading what="the catalogue" /> : null}
      {catalogue && section === 'products' ? <ProductsPart store={store} catalogue={catalogue} onSaved={reload} /> : null}
      {catalogue && section === 'categories' ? <CategoriesPart store={store} catalogue={catalogue} onSaved={reload} /> : null}
      {catalogue && section === 'groups' ? <GroupsPart store={store} catalogue={catalogue} onSaved={reload} /> : null}
      {catalogue && section === 'discounts' ? <DiscountsPart store={store} catalogue={catalogue} onSaved={reload} /> : null}
    </div>
  );
}
