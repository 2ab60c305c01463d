import type { MethodName } from '../../../shared/contract/index.ts';
import { rotaMethods } from '../../../shared/contract/rota.ts';
import { attendanceMethods } from '../../../shared/contract/attendance.ts';
import { hoursMethods } from '../../../shared/contract/hours.ts';
import type { Handlers } from '../context.ts';
import { fail } from '../errors.ts';

type RotaMethod = keyof typeof rotaMethods | keyof typeof attendanceMethods | keyof typeof hoursMethods;
type RotaHandlers = Pick<Handlers, RotaMethod>;

/** Until each handler lands: the contract is there for the screens, the core says it is not ready. */
export function rotaHandlers(): RotaHandlers {
  const names = [...Object.keys(rotaMethods), ...Object.keys(attendanceMethods), ...Object.keys(hoursMethods)] as RotaMethod[];
  const notReady = () => fail('unavailable', 'The rota is not ready yet.');
  return Object.fromEntries(names.map((name: MethodName) => [name, notReady])) as unknown as RotaHandlers;
}
