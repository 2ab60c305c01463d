import type { Handlers } from '../context.ts';
import { eraseTrainee } from './erase.ts';
import { addOutcome, checkSustainment, listOutcomes, removeOutcome, updateOutcome } from './outcomes.ts';
import { progressionOf } from './progression.ts';
import { listItems, readChecklist, saveItem, tickItem } from './readiness.ts';
import { getRecord, listRecords, saveRecord, setStatus } from './records.ts';

type TraineesHandlers = Pick<
  Handlers,
  | 'trainees.list' | 'trainees.get' | 'trainees.save' | 'trainees.setStatus' | 'trainees.erase'
  | 'outcomes.list' | 'outcomes.add' | 'outcomes.update' | 'outcomes.remove' | 'outcomes.checkSustainment'
  | 'readiness.items' | 'readiness.saveItem' | 'readiness.tick' | 'readiness.checklist' | 'progression.get'
>;

export function traineesHandlers(): TraineesHandlers {
  return {
    'trainees.list': listRecords,
    'trainees.get': getRecord,
    'trainees.save': saveRecord,
    'trainees.setStatus': setStatus,
    'trainees.erase': eraseTrainee,
    'outcomes.list': listOutcomes,
    'outcomes.add': addOutcome,
    'outcomes.update': updateOutcome,
    'outcomes.remove': removeOutcome,
    'outcomes.checkSustainment': checkSustainment,
    'readiness.items': listItems,
    'readiness.saveItem': saveItem,
    'readiness.tick': tickItem,
    'readiness.checklist': readChecklist,
    'progression.get': progressionOf,
  };
}
