import type { Handlers } from '../context.ts';
import { fail } from '../errors.ts';

type SalesHandlers = Pick<
  Handlers,
  | 'till.state' | 'till.setPractice' | 'till.setDiscountLimits'
  | 'sales.complete' | 'sales.hold' | 'sales.listHeld' | 'sales.resumeHeld' | 'sales.void' | 'sales.refund'
  | 'sales.find' | 'sales.get' | 'sales.verifyChain' | 'practice.review' | 'practice.mark'
>;

const notYet = (): never => fail('unavailable', 'This part of the till is not ready yet.');

export function salesHandlers(): SalesHandlers {
  return {
    'till.state': notYet,
    'till.setPractice': notYet,
    'till.setDiscountLimits': notYet,
    'sales.complete': notYet,
    'sales.hold': notYet,
    'sales.listHeld': notYet,
    'sales.resumeHeld': notYet,
    'sales.void': notYet,
    'sales.refund': notYet,
    'sales.find': notYet,
    'sales.get': notYet,
    'sales.verifyChain': notYet,
    'practice.review': notYet,
    'practice.mark': notYet,
  };
}
