import type { InputOf, RotaSettings, Station } from '../../shared/contract/index.ts';

// The manager's list of stations and the rota's rules, as the forms hold them.

/**
 * Moving a station one place up or down: the stations numbered 1, 2, 3 … in their new order,
 * and only those whose number changed, to save.
 */
export function moveStation(stations: readonly Station[], id: string, direction: -1 | 1): InputOf<'stations.save'>[] {
  const order = [...stations];
  const from = order.findIndex((s) => s.id === id);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= order.length) return [];
  const [moving] = order.splice(from, 1);
  if (!moving) return [];
  order.splice(to, 0, moving);
  return order.flatMap((s, i) => (s.position === i + 1 ? [] : [{ id: s.id, name: s.name, position: i + 1, active: s.active }]));
}

/** Where a new station goes: after the last one. */
export function nextPosition(stations: readonly Station[]): number {
  return Math.min(1000, stations.reduce((top, s) => Math.max(top, s.position), 0) + 1);
}

export interface RulesDraft {
  maxShiftMinutes: string;
  minRestMinutes: string;
  approvalToleranceMinutes: string;
}

export function rulesDraft(settings: RotaSettings): RulesDraft {
  return {
    maxShiftMinutes: String(settings.maxShiftMinutes),
    minRestMinutes: String(settings.minRestMinutes),
    approvalToleranceMinutes: String(settings.approvalToleranceMinutes),
  };
}

/** A typed number as a number; anything else is sent as it is, for the core to explain beside the box. */
function asNumber(typed: string): number | string {
  const t = typed.trim();
  return /^\d+$/.test(t) ? Number(t) : t;
}

export function rulesInput(d: RulesDraft): InputOf<'rota.saveSettings'> {
  // The core's schema names the box and what it should be; a string there is refused in words.
  return {
    maxShiftMinutes: asNumber(d.maxShiftMinutes),
    minRestMinutes: asNumber(d.minRestMinutes),
    approvalToleranceMinutes: asNumber(d.approvalToleranceMinutes),
  } as InputOf<'rota.saveSettings'>;
}

/** "480 minutes is 8 hours." under a minutes box, so nobody has to divide by 60. */
export function minutesHint(typed: string): string | undefined {
  const t = typed.trim();
  if (!/^\d+$/.test(t)) return undefined;
  const n = Number(t);
  const h = Math.floor(n / 60);
  const m = n % 60;
  if (h === 0) return undefined;
  const words = `${h === 1 ? '1 hour' : `${h} hours`}${m > 0 ? ` ${m} ${m === 1 ? 'minute' : 'minutes'}` : ''}`;
  return `${n} minutes is ${words}.`;
}
