import type { ApiError, ErrorCode } from '../../shared/contract/index.ts';

/**
 * Thrown by a service to refuse a call. The transaction rolls back, unless `record` is
 * set: then what the service wrote (a wrong-PIN count) is kept and the attempt audited.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly record: boolean;
  readonly needsAuthorisation: boolean;
  constructor(code: ErrorCode, message: string, options: { field?: string; retryAfterSeconds?: number; record?: boolean; needsAuthorisation?: boolean } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.field = options.field;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.record = options.record ?? false;
    this.needsAuthorisation = options.needsAuthorisation ?? false;
  }

  toApiError(): ApiError {
    return {
      code: this.code,
      message: this.message,
      ...(this.field !== undefined ? { field: this.field } : {}),
      ...(this.retryAfterSeconds !== undefined ? { retryAfterSeconds: this.retryAfterSeconds } : {}),
      ...(this.needsAuthorisation ? { needsAuthorisation: true } : {}),
    };
  }
}

export function fail(code: ErrorCode, message: string, options?: ConstructorParameters<typeof AppError>[2]): never {
  throw new AppError(code, message, options);
}
