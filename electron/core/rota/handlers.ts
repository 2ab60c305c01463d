import type { Handlers } from '../context.ts';
import { fail } from '../errors.ts';
import { addTimeOff, addUnavailable, listAvailability, removeAvailability } from './availability.ts';
import { calendarFile, myShifts } from './mine.ts';
import { addShift, applyTemplate, copyLastWeek, copyShift, listTemplates, moveShift, publishWeek, removeShift, removeTemplate, rotaWeek, saveTemplate } from './planning.ts';
import { findStation, listStations, readRotaSettings } from './settings.ts';
import { approveSwap, declineSwap, listSwaps, offerSwap, takeSwap, withdrawSwap } from './swaps.ts';

type RotaHandlers = Pick<
  Handlers,
  | 'stations.list' | 'stations.save' | 'rota.settings' | 'rota.saveSettings'
  | 'rota.week' | 'rota.addShift' | 'rota.moveShift' | 'rota.copyShift' | 'rota.removeShift' | 'rota.copyLastWeek'
  | 'rota.templates' | 'rota.saveTemplate' | 'rota.applyTemplate' | 'rota.removeTemplate' | 'rota.publish' | 'rota.myShifts' | 'rota.calendar'
  | 'availability.list' | 'availability.addUnavailable' | 'availability.addTimeOff' | 'availability.remove'
  | 'swaps.list' | 'swaps.offer' | 'swaps.take' | 'swaps.withdraw' | 'swaps.approve' | 'swaps.decline'
>;

export function rotaHandlers(): RotaHandlers {
  return {
    'stations.list': (ctx, input) => listStations(ctx.db, input.includeInactive),

    'stations.save': (ctx, input) => {
      const at = ctx.now.toISOString();
      const clash = ctx.db.prepare<[string, string], { id: string }>('SELECT id FROM stations WHERE name = ? COLLATE NOCASE AND id IS NOT ?').get(input.name, input.id ?? '');
      if (clash) fail('conflict', `There is already a station called ${input.name}.`, { field: 'name' });
      let id = input.id;
      if (id === undefined) {
        id = ctx.ids();
        ctx.db.prepare('INSERT INTO stations (id, name, position, active, updated_at) VALUES (?, ?, ?, ?, ?)').run(id, input.name, input.position, input.active ? 1 : 0, at);
        ctx.note({ subjectType: 'station', subjectId: id, summary: `Added the station ${input.name}` });
      } else {
        const before = findStation(ctx.db, id) ?? fail('not_found', 'That station is not on the list any more.', { field: 'id' });
        ctx.db.prepare('UPDATE stations SET name = ?, position = ?, active = ?, updated_at = ? WHERE id = ?').run(input.name, input.position, input.active ? 1 : 0, at, id);
        const words = [before.name !== input.name ? `renamed ${before.name} to ${input.name}` : null, before.active !== input.active ? (input.active ? 'back in use' : 'no longer in use') : null].filter(Boolean);
        ctx.note({ subjectType: 'station', subjectId: id, summary: `Changed the station ${input.name}${words.length > 0 ? `: ${words.join(', ')}` : ''}` });
      }
      ctx.emit({ event: 'rota.changed', payload: { weekStart: null } });
      return findStation(ctx.db, id) ?? fail('internal', 'The station vanished while saving.');
    },

    'rota.settings': (ctx) => readRotaSettings(ctx.db),

    'rota.saveSettings': (ctx, input) => {
      ctx.db
        .prepare('UPDATE rota_settings SET max_shift_minutes = ?, min_rest_minutes = ?, approval_tolerance_minutes = ?, updated_at = ? WHERE id = 1')
        .run(input.maxShiftMinutes, input.minRestMinutes, input.approvalToleranceMinutes, ctx.now.toISOString());
      ctx.note({ subjectType: 'rota_settings', subjectId: '1', summary: `Set the rota rules: longest shift ${input.maxShiftMinutes} minutes, shortest rest ${input.minRestMinutes} minutes, approval tolerance ${input.approvalToleranceMinutes} minutes` });
      ctx.emit({ event: 'rota.changed', payload: { weekStart: null } });
      return readRotaSettings(ctx.db);
    },

    'rota.week': rotaWeek,
    'rota.addShift': addShift,
    'rota.moveShift': moveShift,
    'rota.copyShift': copyShift,
    'rota.removeShift': removeShift,
    'rota.copyLastWeek': copyLastWeek,
    'rota.templates': (ctx) => listTemplates(ctx.db),
    'rota.saveTemplate': saveTemplate,
    'rota.applyTemplate': applyTemplate,
    'rota.removeTemplate': removeTemplate,
    'rota.publish': publishWeek,
    'rota.myShifts': myShifts,
    'rota.calendar': calendarFile,

    'availability.list': listAvailability,
    'availability.addUnavailable': addUnavailable,
    'availability.addTimeOff': addTimeOff,
    'availability.remove': removeAvailability,

    'swaps.list': listSwaps,
    'swaps.offer': offerSwap,
    'swaps.take': takeSwap,
    'swaps.withdraw': withdrawSwap,
    'swaps.approve': approveSwap,
    'swaps.decline': declineSwap,
  };
}
