import type { MethodName } from '../../../shared/contract/index.ts';
import { traineesMethods } from '../../../shared/contract/trainees.ts';
import type { Handlers } from '../context.ts';
import { fail } from '../errors.ts';

type TraineesMethod = keyof typeof traineesMethods;
type TraineesHandlers = Pick<Handlers, TraineesMethod>;

/** Until each handler lands: the contract is there for the screens, the core says it is not ready. */
export function traineesHandlers(): TraineesHandlers {
  const notReady = () => fail('unavailable', 'Trainee records are not ready yet.');
  return Object.fromEntries((Object.keys(traineesMethods) as MethodName[]).map((name) => [name, notReady])) as unknown as TraineesHandlers;
}
