import type { Handlers } from '../context.ts';
import { fail } from '../errors.ts';
import { completeSale } from './complete.ts';
import { holdOrder, listHeld, resumeHeld } from './held.ts';
import { findSales, verifyChain } from './history.ts';
import { readSale } from './journal.ts';
import { markPracticeSale, practiceReview, readPracticeSale } from './practice.ts';
import { refundSale, voidSale } from './reverse.ts';
import { readTill, TILL_ID, toTillState } from './till.ts';

type SalesHandlers = Pick<
  Handlers,
  | 'till.state' | 'till.setPractice' | 'till.setDiscountLimits'
  | 'sales.complete' | 'sales.hold' | 'sales.listHeld' | 'sales.resumeHeld' | 'sales.void' | 'sales.refund'
  | 'sales.find' | 'sales.get' | 'sales.verifyChain' | 'practice.review' | 'practice.mark'
>;

export function salesHandlers(): SalesHandlers {
  return {
    'till.state': (ctx) => toTillState(readTill(ctx.db)),

    // Anyone signed in may switch practice on or off: a trainee practises, then stops.
    'till.setPractice': (ctx, input) => {
      const before = readTill(ctx.db);
      ctx.db.prepare('UPDATE tills SET practice = ? WHERE id = ?').run(input.practice ? 1 : 0, TILL_ID);
      const changed = (before.practice === 1) !== input.practice;
      ctx.note({ subjectType: 'till', subjectId: TILL_ID, summary: input.practice ? (changed ? 'Switched the till to practice' : 'The till was already in practice') : changed ? 'Switched practice off: sales are real again' : 'Practice was already off' });
      if (changed) ctx.emit({ event: 'till.changed', payload: { practice: input.practice } });
      return toTillState(readTill(ctx.db));
    },

    'till.setDiscountLimits': (ctx, input) => {
      // A supervisor authorises what a trainee cannot give, and a manager what a supervisor cannot.
      if (input.supervisor < input.trainee) fail('invalid_input', "A supervisor's limit cannot be lower than a trainee's.", { field: 'supervisor' });
      if (input.manager < input.supervisor) fail('invalid_input', "A manager's limit cannot be lower than a supervisor's.", { field: 'manager' });
      ctx.db.prepare('UPDATE tills SET discount_limit_trainee = ?, discount_limit_supervisor = ?, discount_limit_manager = ? WHERE id = ?').run(input.trainee, input.supervisor, input.manager, TILL_ID);
      ctx.note({ subjectType: 'till', subjectId: TILL_ID, summary: `Set the discount limits: trainee ${input.trainee}%, supervisor ${input.supervisor}%, manager ${input.manager}%` });
      const state = toTillState(readTill(ctx.db));
      ctx.emit({ event: 'till.changed', payload: { practice: state.practice } });
      return state;
    },

    'sales.complete': completeSale,
    'sales.hold': holdOrder,
    'sales.listHeld': listHeld,
    'sales.resumeHeld': resumeHeld,
    'sales.void': voidSale,
    'sales.refund': refundSale,
    'sales.find': findSales,
    // A practice sale can be looked at too (the review screen shows its receipt).
    'sales.get': (ctx, input) => readSale(ctx.db, input.saleId) ?? readPracticeSale(ctx.db, input.saleId) ?? fail('not_found', 'That sale is not in the journal: find it again by its receipt number.', { field: 'saleId' }),
    'sales.verifyChain': verifyChain,
    'practice.review': practiceReview,
    'practice.mark': markPracticeSale,
  };
}
