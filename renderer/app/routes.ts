import type { Role } from '../../shared/contract/index.ts';

// The screens a signed-in person can open, by hash (#/staff) so the same build works from
// a file in Electron and from the browser-mode server. Guarded here by role; the core
// refuses the calls behind them anyway.

export type RouteName = 'home' | 'staff' | 'audit' | 'settings' | 'till' | 'history' | 'catalogue' | 'cash' | 'reports' | 'practice' | 'hardware' | 'rota' | 'availability' | 'myShifts' | 'myHours' | 'hours' | 'skills' | 'framework' | 'mySkills' | 'trainees' | 'evidence' | 'myProgress';

export interface RouteSpec {
  path: string;
  title: string;
  allowed: readonly Role[];
}

export const routes: Record<RouteName, RouteSpec> = {
  home: { path: '/', title: 'Home', allowed: ['trainee', 'supervisor', 'manager'] },
  staff: { path: '/staff', title: 'Staff', allowed: ['supervisor', 'manager'] },
  audit: { path: '/audit', title: 'Audit log', allowed: ['manager'] },
  settings: { path: '/settings', title: 'Café settings', allowed: ['manager'] },
  till: { path: '/till', title: 'Till', allowed: ['trainee', 'supervisor', 'manager'] },
  history: { path: '/history', title: 'Sales history', allowed: ['trainee', 'supervisor', 'manager'] },
  catalogue: { path: '/catalogue', title: 'Catalogue', allowed: ['manager'] },
  cash: { path: '/cash', title: 'Cash-up', allowed: ['supervisor', 'manager'] },
  reports: { path: '/reports', title: 'Reports', allowed: ['manager'] },
  practice: { path: '/practice', title: 'Practice review', allowed: ['supervisor', 'manager'] },
  hardware: { path: '/hardware', title: 'Hardware', allowed: ['manager'] },
  rota: { path: '/rota', title: 'Rota', allowed: ['supervisor', 'manager'] },
  availability: { path: '/availability', title: 'Availability and time off', allowed: ['trainee', 'supervisor', 'manager'] },
  myShifts: { path: '/my-shifts', title: 'My shifts', allowed: ['trainee', 'supervisor', 'manager'] },
  myHours: { path: '/my-hours', title: 'My hours', allowed: ['trainee'] },
  hours: { path: '/hours', title: 'Hours', allowed: ['supervisor', 'manager'] },
  skills: { path: '/skills', title: 'Skills sign-off', allowed: ['supervisor', 'manager'] },
  framework: { path: '/skills-framework', title: 'Skills framework', allowed: ['manager'] },
  mySkills: { path: '/my-skills', title: 'My skills', allowed: ['trainee'] },
  trainees: { path: '/trainees', title: 'Trainees', allowed: ['manager'] },
  evidence: { path: '/evidence', title: 'Evidence and reports', allowed: ['manager'] },
  myProgress: { path: '/my-progress', title: 'My progress', allowed: ['trainee'] },
};

export type ParsedRoute = { name: RouteName } | { name: 'unknown'; path: string };

export function parseRoute(hash: string): ParsedRoute {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '') || '/';
  for (const [name, spec] of Object.entries(routes) as [RouteName, RouteSpec][]) {
    if (spec.path === path) return { name };
  }
  return { name: 'unknown', path };
}

export function hrefFor(route: RouteName): string {
  return `#${routes[route].path}`;
}

export function mayOpen(route: RouteName, role: Role): boolean {
  return routes[route].allowed.includes(role);
}

/** "managers", "supervisors or managers": who a screen is for, in words. */
export function whoMayOpen(route: RouteName): string {
  const names = routes[route].allowed.map((r) => `${r}s`);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}` : (names[0] ?? '');
}
