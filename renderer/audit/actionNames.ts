// The audit log stores method names; people read what was done.

const names: Record<string, string> = {
  'cafe.setUp': 'Set up the café',
  'cafe.loadSample': 'Loaded the sample café',
  'settings.update': 'Changed café settings',
  'settings.get': 'Looked at café settings',
  'auth.loginWithPin': 'Logged in with a PIN',
  'auth.loginWithBadge': 'Logged in with a badge',
  'auth.logout': 'Logged out',
  'auth.idleLock': 'Till locked itself',
  'auth.authorise': 'Authorised an action',
  'auth.stillHere': 'Still using the till',
  'staff.list': 'Looked at the staff list',
  'staff.create': 'Added a person',
  'staff.update': 'Changed a person',
  'staff.setPin': 'Set a PIN',
  'staff.setBadge': 'Set or removed a badge',
  'staff.clearLockout': 'Let someone try their PIN again',
  'audit.list': 'Looked at the audit log',
};

export function actionName(action: string): string {
  return names[action] ?? action;
}

export const outcomeNames = { done: 'Done', refused: 'Refused', failed: 'Failed' } as const;
