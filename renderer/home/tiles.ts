import type { Role } from '../../shared/contract/index.ts';
import type { RouteName } from '../app/routes.ts';

export interface HomeTile {
  label: string;
  /** Where the tile goes; absent while the journey is still being built. */
  route?: RouteName;
  hint?: string;
}

const tiles: Record<Role, readonly HomeTile[]> = {
  trainee: [
    { label: 'Till', route: 'till', hint: 'Ring up sales' },
    { label: 'Sales history', route: 'history', hint: 'Find a sale, refunds' },
    { label: 'My shifts', route: 'myShifts', hint: 'When you are working, swaps, calendar' },
    { label: 'My hours', route: 'myHours', hint: 'Your approved placement hours' },
    { label: 'Availability', route: 'availability', hint: 'When you cannot work, time off' },
    { label: 'My skills', route: 'mySkills', hint: 'What you are signed off for, what is next' },
    { label: 'My progress', route: 'myProgress', hint: 'Your hours, skills and your record' },
  ],
  supervisor: [
    { label: 'Till', route: 'till', hint: 'Ring up sales' },
    { label: 'Sales history', route: 'history', hint: 'Refunds and voids' },
    { label: 'Rota', route: 'rota', hint: 'Plan and publish the week' },
    { label: 'Hours', route: 'hours', hint: 'Approve the day’s hours' },
    { label: 'Availability', route: 'availability', hint: 'Who cannot work when' },
    { label: 'Cash-up', route: 'cash', hint: 'Open the till, cash out, close the day' },
    { label: 'Practice review', route: 'practice', hint: 'Check trainees’ practice sales' },
    { label: 'Skills sign-off', route: 'skills', hint: 'Observe, sign off, the skills matrix' },
    { label: 'Staff list', route: 'staff', hint: 'See who works here' },
  ],
  manager: [
    { label: 'Staff', route: 'staff', hint: 'Add people, PINs and badges' },
    { label: 'Audit log', route: 'audit', hint: 'Who did what, and when' },
    { label: 'Café settings', route: 'settings', hint: 'Details and the idle lock' },
    { label: 'Till', route: 'till', hint: 'Ring up sales' },
    { label: 'Sales history', route: 'history', hint: 'Refunds and voids' },
    { label: 'Cash-up', route: 'cash', hint: 'Open the till, cash out, close the day' },
    { label: 'Practice review', route: 'practice', hint: 'Check trainees’ practice sales' },
    { label: 'Catalogue', route: 'catalogue', hint: 'Products, prices, VAT and discounts' },
    { label: 'Reports', route: 'reports', hint: 'VAT summary for the return' },
    { label: 'Hardware', route: 'hardware', hint: 'Receipt printer, cash drawer and scanners' },
    { label: 'Rota', route: 'rota', hint: 'Stations, plans and the week' },
    { label: 'Hours', route: 'hours', hint: 'Approve and certify hours' },
    { label: 'Availability', route: 'availability', hint: 'Who cannot work when' },
    { label: 'Skills sign-off', route: 'skills', hint: 'Observe, sign off, the skills matrix' },
    { label: 'Skills framework', route: 'framework', hint: 'Areas, skills and what each needs' },
    { label: 'Trainees', route: 'trainees', hint: 'Records, outcomes and progress' },
    { label: 'Evidence', route: 'evidence', hint: 'Hours evidence and the cohort report' },
  ],
};

export function homeTilesFor(role: Role): readonly HomeTile[] {
  return tiles[role];
}
