import type { z } from 'zod';
import type { ApiError } from './result.ts';

// Turns a schema failure into one plain-English error about one field. Schemas carry
// their own messages for the cases people meet (a PIN of letters, an empty name); this
// covers the rest (a wrong type sent by a buggy screen) without jargon.

const labels: Record<string, string> = {
  pin: 'PIN',
  staffId: 'person',
  displayName: 'name',
  vatNumber: 'VAT number',
  charityNumber: 'charity number',
  idleLockSeconds: 'idle time',
};

export function fieldLabel(path: readonly PropertyKey[]): string {
  const last = [...path].reverse().find((p) => typeof p === 'string');
  if (typeof last !== 'string') return 'details';
  return labels[last] ?? last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export function plainSchemaError(error: z.ZodError): ApiError {
  const issue = error.issues[0];
  if (!issue) return { code: 'invalid_input', message: 'Something in the form is not right.' };
  const field = issue.path.map(String).join('.') || undefined;
  const label = fieldLabel(issue.path);
  return { code: 'invalid_input', message: messageFor(issue, label), ...(field ? { field } : {}) };
}

function messageFor(issue: z.core.$ZodIssue, label: string): string {
  // A message written in the schema is already plain English.
  if (!issue.message.startsWith('Invalid') && !issue.message.startsWith('Too ') && !issue.message.startsWith('Unrecognized')) {
    return issue.message;
  }
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `The ${label} is missing.` : `The ${label} must be ${article(issue.expected)}.`;
    case 'too_big':
      return issue.origin === 'string' ? `The ${label} can be at most ${String(issue.maximum)} characters.` : `The ${label} is too big (at most ${String(issue.maximum)}).`;
    case 'too_small':
      return issue.origin === 'string' ? `Enter the ${label}.` : `The ${label} is too small (at least ${String(issue.minimum)}).`;
    case 'unrecognized_keys':
      return `The form sent something Apron does not know: ${issue.keys.join(', ')}.`;
    case 'invalid_value':
      return `Choose one of the options for the ${label}.`;
    default:
      return `The ${label} is not right.`;
  }
}

function article(expected: string): string {
  const words: Record<string, string> = { string: 'text', number: 'a number', boolean: 'yes or no', object: 'a set of details', array: 'a list' };
  return words[expected] ?? expected;
}
