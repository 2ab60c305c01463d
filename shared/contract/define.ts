import type { z } from 'zod';

export const roles = ['trainee', 'supervisor', 'manager'] as const;
export type Role = (typeof roles)[number];

/** Who may call a method: anyone at the kiosk (before login) or the listed roles. */
export type Access = 'public' | 'signed-in' | readonly Role[];

export type MethodKind = 'write' | 'read';

export interface MethodSpec<TInput extends z.ZodType, TResult, K extends MethodKind = MethodKind> {
  input: TInput;
  /** Phantom: carries the result type only. */
  result?: TResult;
  access: Access;
  /** Writes run in BEGIN IMMEDIATE and are audited; reads get a read-only handle. */
  kind: K;
  /** Reads of personal records are audited too (viewing a trainee's record). */
  auditRead?: boolean;
  /**
   * Roles whose one-off authorisation (PIN or badge, asked for inside another person's
   * session) lets a caller outside `access` make this one call.
   */
  authorisableBy?: readonly Role[];
  /** Does not count as activity for the idle lock (status polls). */
  passive?: boolean;
}

/** `method<ResultType>()({ ...spec })` keeps the schema's inferred input type and names the result. */
export function method<TResult>() {
  return <TInput extends z.ZodType, K extends MethodKind>(spec: Omit<MethodSpec<TInput, TResult, K>, 'result'>): MethodSpec<TInput, TResult, K> => spec;
}

export function mayCall(access: Access, role: Role | null): boolean {
  if (access === 'public') return true;
  if (role === null) return false;
  if (access === 'signed-in') return true;
  return access.includes(role);
}
