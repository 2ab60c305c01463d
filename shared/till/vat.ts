import { REDUCED_RATE_BP, STANDARD_RATE_BP, ZERO_RATE_BP, type VatRateBp } from '../money.ts';

// UK café VAT classes (VAT Notice 709/1); see ../shared/domain/uk-vat-cafe.md.

export const vatClasses = ['standard', 'cold_takeaway_zero', 'zero', 'reduced'] as const;
export type VatClass = (typeof vatClasses)[number];

export const orderTypes = ['eat_in', 'takeaway'] as const;
export type OrderType = (typeof orderTypes)[number];

export const vatClassNames: Record<VatClass, string> = {
  standard: 'Standard 20% (hot food and drinks, sweets, crisps, soft drinks)',
  cold_takeaway_zero: 'Zero if taken away cold, 20% if eaten in (sandwiches, cakes, fruit)',
  zero: 'Always zero',
  reduced: 'Reduced 5%',
};

/** The rate for a product of `vatClass` sold eat-in or takeaway; fixed on the line at sale time. */
export function vatRateFor(vatClass: VatClass, orderType: OrderType): VatRateBp {
  switch (vatClass) {
    case 'standard':
      return STANDARD_RATE_BP;
    case 'cold_takeaway_zero':
      return orderType === 'takeaway' ? ZERO_RATE_BP : STANDARD_RATE_BP;
    case 'zero':
      return ZERO_RATE_BP;
    case 'reduced':
      return REDUCED_RATE_BP;
  }
}
