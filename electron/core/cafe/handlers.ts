import type { CafeDetails, CafeSettings } from '../../../shared/contract/index.ts';
import { hashBadge, hashPin } from '../access/secrets.ts';
import type { ReadDb, WriteDb } from '../db/handles.ts';
import type { Handlers, WriteContext } from '../context.ts';
import { fail } from '../errors.ts';
import { installSalt } from '../people/staffRows.ts';
import { insertCatalogue } from '../catalogue/seed.ts';
import { insertSampleRota } from '../rota/sample.ts';
import { insertSampleTrainees } from '../trainees/sample.ts';
import { sampleCafe, sampleCatalogue, samplePeople } from './sample.ts';

type CafeHandlers = Pick<Handlers, 'cafe.status' | 'cafe.setUp' | 'cafe.loadSample' | 'settings.get' | 'settings.update'>;

interface CafeRow {
  name: string;
  address: string;
  vat_number: string | null;
  charity_number: string | null;
  idle_lock_seconds: number;
  sample: number;
}

function readCafe(db: ReadDb): CafeRow | undefined {
  return db.prepare<[], CafeRow>('SELECT * FROM cafe WHERE id = 1').get();
}

function toSettings(row: CafeRow): CafeSettings {
  return { name: row.name, address: row.address, vatNumber: row.vat_number, charityNumber: row.charity_number, idleLockSeconds: row.idle_lock_seconds };
}

function createCafe(ctx: WriteContext, cafe: CafeDetails, sample: boolean): void {
  if (readCafe(ctx.db)) fail('conflict', 'This café is already set up. Log in to change its details.');
  const at = ctx.now.toISOString();
  ctx.db
    .prepare('INSERT INTO cafe (id, name, address, vat_number, charity_number, sample, created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?)')
    .run(cafe.name, cafe.address, cafe.vatNumber, cafe.charityNumber, sample ? 1 : 0, at, at);
}

function addPerson(db: WriteDb, ctx: WriteContext, person: { displayName: string; role: string; pin: string; badge?: string | undefined }): string {
  const id = ctx.ids();
  const at = ctx.now.toISOString();
  const badgeHash = person.badge ? hashBadge(person.badge, installSalt(db)) : null;
  db.prepare('INSERT INTO staff (id, display_name, role, active, pin_hash, badge_hash, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?, ?, ?)').run(
    id,
    person.displayName,
    person.role,
    hashPin(person.pin),
    badgeHash,
    at,
    at,
  );
  return id;
}

export function cafeHandlers(version: string): CafeHandlers {
  return {
    'cafe.status': (ctx) => {
      const row = readCafe(ctx.db);
      return { setUp: row !== undefined, name: row?.name ?? null, sample: row?.sample === 1, version };
    },

    'cafe.setUp': (ctx, input) => {
      createCafe(ctx, input.cafe, false);
      const managerId = addPerson(ctx.db, ctx, { ...input.manager, role: 'manager' });
      ctx.note({ actor: { id: managerId, displayName: input.manager.displayName, role: 'manager' }, subjectType: 'cafe', subjectId: '1', summary: `Set up ${input.cafe.name} with ${input.manager.displayName} as manager` });
      return { managerId };
    },

    'cafe.loadSample': (ctx, input) => {
      createCafe(ctx, sampleCafe, true);
      const ids = samplePeople.map((person) => addPerson(ctx.db, ctx, person));
      insertCatalogue(ctx.db, sampleCatalogue, ctx.now.toISOString());
      const supervisorId = ids[samplePeople.findIndex((p) => p.role === 'supervisor')] ?? '';
      const traineeIds = ids.filter((_, i) => samplePeople[i]?.role === 'trainee');
      const supervisorName = samplePeople.find((p) => p.role === 'supervisor')?.displayName ?? '';
      insertSampleRota(ctx.db, ctx.ids, ctx.now, { supervisorId, supervisorName, traineeIds });
      const managerName = samplePeople.find((p) => p.role === 'manager')?.displayName ?? '';
      if (input.withTrainingRecords) insertSampleTrainees(ctx.db, ctx.ids, ctx.now, { managerId: ids[0] ?? '', managerName, supervisorId, supervisorName, traineeIds });
      ctx.note({ subjectType: 'cafe', subjectId: '1', summary: `Loaded the sample café with ${samplePeople.length} sample staff` });
      return { managerId: ids[0] ?? '' };
    },

    'settings.get': (ctx) => toSettings(readCafe(ctx.db) ?? fail('not_found', 'The café is not set up yet.')),

    'settings.update': (ctx, input) => {
      const row = readCafe(ctx.db) ?? fail('not_found', 'The café is not set up yet.');
      const cafe = input.cafe ?? { name: row.name, address: row.address, vatNumber: row.vat_number, charityNumber: row.charity_number };
      const idle = input.idleLockSeconds ?? row.idle_lock_seconds;
      ctx.db
        .prepare('UPDATE cafe SET name = ?, address = ?, vat_number = ?, charity_number = ?, idle_lock_seconds = ?, updated_at = ? WHERE id = 1')
        .run(cafe.name, cafe.address, cafe.vatNumber, cafe.charityNumber, idle, ctx.now.toISOString());
      const changed = [input.cafe ? 'café details' : null, input.idleLockSeconds !== undefined ? `idle lock to ${idle} seconds` : null].filter(Boolean);
      ctx.note({ subjectType: 'cafe', subjectId: '1', summary: `Changed ${changed.join(' and ') || 'nothing'}` });
      return toSettings(readCafe(ctx.db) ?? fail('internal', 'The café vanished while saving.'));
    },
  };
}
