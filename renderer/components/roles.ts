import type { Role } from '../../shared/contract/index.ts';

export const roleNames: Record<Role, string> = { trainee: 'Trainee', supervisor: 'Supervisor', manager: 'Manager' };

export const roleOptions: readonly { value: Role; label: string }[] = [
  { value: 'trainee', label: 'Trainee' },
  { value: 'supervisor', label: 'Supervisor' },
  { value: 'manager', label: 'Manager' },
];

export function aRole(role: Role): string {
  return `a ${role}`;
}
