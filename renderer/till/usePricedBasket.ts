import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { Result } from '../../shared/contract/index.ts';
import { priceBasket, type CatalogueIndex, type PricedBasket } from '../../shared/till/pricing.ts';
import { toDraft, type BasketStore } from './basketStore.ts';

/** The basket priced by THE pricing function, again only when the basket or catalogue changes. */
export function usePricedBasket(basket: BasketStore, index: CatalogueIndex): Result<PricedBasket> {
  const orderType = useStore(basket, (s) => s.orderType);
  const lines = useStore(basket, (s) => s.lines);
  const orderDiscount = useStore(basket, (s) => s.orderDiscount);
  return useMemo(() => priceBasket(index, toDraft({ orderType, lines, orderDiscount })), [index, orderType, lines, orderDiscount]);
}
