import type { MethodName } from '../../../shared/contract/index.ts';
import { skillsMethods } from '../../../shared/contract/skills.ts';
import type { Handlers } from '../context.ts';
import { fail } from '../errors.ts';

type SkillsMethod = keyof typeof skillsMethods;
type SkillsHandlers = Pick<Handlers, SkillsMethod>;

/** Until each handler lands: the contract is there for the screens, the core says it is not ready. */
export function skillsHandlers(): SkillsHandlers {
  const notReady = () => fail('unavailable', 'Skills are not ready yet.');
  return Object.fromEntries((Object.keys(skillsMethods) as MethodName[]).map((name) => [name, notReady])) as unknown as SkillsHandlers;
}
