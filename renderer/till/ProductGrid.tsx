import { memo, useRef, type KeyboardEvent } from 'react';
import type { Category, Product } from '../../shared/contract/index.ts';
import { formatPence } from '../../shared/money.ts';

// The category tabs and the big product buttons. Both are memoised and take only stable
// props, so a tap that changes the basket repaints the basket and nothing here.

interface TabsProps {
  categories: readonly Category[];
  selectedId: string | null;
  onSelect: (categoryId: string) => void;
}

export const tabId = (categoryId: string) => `category-tab-${categoryId}`;
export const PRODUCTS_PANEL_ID = 'products-panel';

export const CategoryTabs = memo(function CategoryTabs({ categories, selectedId, onSelect }: TabsProps) {
  const list = useRef<HTMLDivElement>(null);
  // Arrow keys move between tabs, as tabs do everywhere else.
  const onKeyDown = (e: KeyboardEvent) => {
    const index = categories.findIndex((c) => c.id === selectedId);
    let next = -1;
    if (e.key === 'ArrowRight') next = (index + 1) % categories.length;
    else if (e.key === 'ArrowLeft') next = (index - 1 + categories.length) % categories.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = categories.length - 1;
    const category = categories[next];
    if (!category) return;
    e.preventDefault();
    onSelect(category.id);
    list.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId(category.id))}`)?.focus();
  };
  return (
    <div className="category-tabs" role="tablist" aria-label="Categories" ref={list} onKeyDown={onKeyDown}>
      {categories.map((c) => {
        const selected = c.id === selectedId;
        return (
          <button
            key={c.id}
            id={tabId(c.id)}
            type="button"
            role="tab"
            className="category-tab"
            aria-selected={selected}
            aria-controls={PRODUCTS_PANEL_ID}
            tabIndex={selected ? 0 : -1}
            style={{ borderColor: c.colour }}
            onClick={() => onSelect(c.id)}
          >
            {c.name}
          </button>
        );
      })}
    </div>
  );
});

interface ButtonProps {
  product: Product;
  colour: string;
  onTap: (product: Product) => void;
}

const ProductButton = memo(function ProductButton({ product, colour, onTap }: ButtonProps) {
  const hasChoices = product.modifierGroupIds.length > 0;
  return (
    <li>
      <button type="button" className="product-button" style={{ borderLeftColor: colour }} data-product-id={product.id} onClick={() => onTap(product)}>
        {product.icon ? (
          <span className="product-icon" aria-hidden="true">
            {product.icon}
          </span>
        ) : null}
        <span className="product-name">{product.name}</span>
        <span className="product-price">
          {product.openPrice ? <>Price at till{product.maxPricePence !== null ? <span className="visually-hidden">, up to {formatPence(product.maxPricePence)}</span> : null}</> : formatPence(product.pricePence)}
        </span>
        {hasChoices ? <span className="product-more">Choices</span> : null}
      </button>
    </li>
  );
});

interface GridProps {
  products: readonly Product[];
  colour: string;
  labelledBy: string | undefined;
  onTap: (product: Product) => void;
}

export const ProductGrid = memo(function ProductGrid({ products, colour, labelledBy, onTap }: GridProps) {
  return (
    <div id={PRODUCTS_PANEL_ID} role="tabpanel" aria-labelledby={labelledBy} className="products-panel" tabIndex={-1}>
      {products.length === 0 ? <p>Nothing in this category is on sale.</p> : null}
      <ul className="product-grid" aria-label="Products">
        {products.map((p) => (
          <ProductButton key={p.id} product={p} colour={colour} onTap={onTap} />
        ))}
      </ul>
    </div>
  );
});
