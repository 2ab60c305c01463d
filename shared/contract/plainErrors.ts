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
  cafe: 'café details',
  manager: "manager's details",
  credential: 'supervisor PIN or badge',
  before: 'page position',
  limit: 'page size',
  competencyId: 'skill',
  areaId: 'skill area',
  shiftId: 'shift',
  signOffId: 'sign-off',
  traineeId: 'trainee',
  qualificationId: 'qualification',
  outcomeId: 'outcome',
  itemId: 'checklist item',
};

export function fieldLabel(path: readonly PropertyKey[]): string {
  const last = [...path].reverse().find((p) => typeof p === 'string');
  if (typeof last !== 'string') return 'details';
  return labels[last] ?? last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * `input` is what was parsed: it tells a missing field from one of the wrong type (zod 4
 * leaves the value out of its issues unless asked).
 */
export function plainSchemaError(error: z.ZodError, input?: unknown): ApiError {
  const issue = error.issues[0];
  if (!issue) return { code: 'invalid_input', message: 'Something in the form is not right.' };
  // An unknown key is named itself, under its parent ("cafe.colour"), so a form can place it.
  const path = issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...issue.path, issue.keys[0]] : issue.path;
  const field = path.map(String).join('.') || undefined;
  const label = fieldLabel(issue.path);
  const given = 'input' in issue ? issue.input : valueAt(input, issue.path);
  return { code: 'invalid_input', message: messageFor(issue, label, given), ...(field ? { field } : {}) };
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function messageFor(issue: z.core.$ZodIssue, label: string, given: unknown): string {
  // A message written in the schema is already plain English.
  if (!issue.message.startsWith('Invalid') && !issue.message.startsWith('Too ') && !issue.message.startsWith('Unrecognized')) {
    return issue.message;
  }
  switch (issue.code) {
    case 'invalid_type':
      if (issue.path.length === 0) return 'Apron could not read what the screen sent. Please try again.';
      if (given === undefined) return `Enter the ${label}.`;
      return issue.expected === 'object' ? `The ${label} could not be read.` : `The ${label} must be ${article(issue.expected)}.`;
    case 'too_big':
      return issue.origin === 'string' ? `The ${label} can be at most ${String(issue.maximum)} characters.` : `The ${label} is too big (at most ${String(issue.maximum)}).`;
    case 'too_small':
      if (issue.origin === 'string') return `Enter the ${label}.`;
      return `The ${label} is too small (${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}).`;
    case 'unrecognized_keys':
      return `The form sent something Apron does not know: ${issue.keys.join(', ')}.`;
    case 'invalid_value':
      return `Choose one of the options for the ${label}.`;
    default:
      return `The ${label} is not right.`;
  }
}

function article(expected: string): string {
  const words: Record<string, string> = { string: 'text', number: 'a number', int: 'a whole number', boolean: 'yes or no', array: 'a list' };
  return words[expected] ?? 'of the right kind';
}
