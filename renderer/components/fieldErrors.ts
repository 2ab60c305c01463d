import type { ApiError } from '../../shared/contract/index.ts';

// The core names the field an error is about ("manager.pin"); the form shows the message
// beside that field, or above the form when no field on it matches.

export function errorFor(error: ApiError | null, field: string): string | undefined {
  if (!error?.field) return undefined;
  return error.field === field || error.field.startsWith(`${field}.`) ? error.message : undefined;
}

export function formLevelError(error: ApiError | null, fields: readonly string[]): string | undefined {
  if (!error) return undefined;
  return fields.some((f) => errorFor(error, f) !== undefined) ? undefined : error.message;
}
