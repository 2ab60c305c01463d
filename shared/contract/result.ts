// Every call returns a value of this shape, never throws across a host: Electron's IPC
// drops custom error fields, so errors travel as values.

export const errorCodes = [
  'invalid_input',
  'forbidden',
  'not_found',
  'conflict',
  'locked_out',
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface ApiError {
  code: ErrorCode;
  /** Plain English, fit to show a trainee as it is. */
  message: string;
  /** The input field the error is about, as a dotted path ("manager.pin"). */
  field?: string;
  /** Seconds until a lockout ends, for `locked_out`. */
  retryAfterSeconds?: number;
  /** The call may go ahead if a supervisor authorises it (a large discount, a refund). */
  needsAuthorisation?: boolean;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function err(code: ErrorCode, message: string, extra: Omit<ApiError, 'code' | 'message'> = {}): { ok: false; error: ApiError } {
  return { ok: false, error: { code, message, ...extra } };
}
