import type { Handlers } from '../context.ts';
import { fail } from '../errors.ts';

type CatalogueHandlers = Pick<Handlers, 'catalogue.get' | 'catalogue.saveCategory' | 'catalogue.saveProduct' | 'catalogue.saveModifierGroup' | 'catalogue.saveDiscountReason' | 'catalogue.findBarcode'>;

const notYet = (): never => fail('unavailable', 'This part of the till is not ready yet.');

export function catalogueHandlers(): CatalogueHandlers {
  return {
    'catalogue.get': notYet,
    'catalogue.saveCategory': notYet,
    'catalogue.saveProduct': notYet,
    'catalogue.saveModifierGroup': notYet,
    'catalogue.saveDiscountReason': notYet,
    'catalogue.findBarcode': notYet,
  };
}
