import type { Handlers } from './context.ts';
import { accessHandlers } from './access/handlers.ts';
import { attendanceHandlers } from './attendance/handlers.ts';
import { auditHandlers } from './audit/handlers.ts';
import type { BackupBoard } from './backup/board.ts';
import { backupHandlers } from './backup/handlers.ts';
import { cafeHandlers } from './cafe/handlers.ts';
import { cashHandlers } from './cash/handlers.ts';
import { catalogueHandlers } from './catalogue/handlers.ts';
import type { DeviceBoard } from './devices.ts';
import { evidenceHandlers } from './evidence/handlers.ts';
import { hoursHandlers } from './hours/handlers.ts';
import { peopleHandlers } from './people/handlers.ts';
import { printingHandlers } from './printing/handlers.ts';
import { rotaHandlers } from './rota/handlers.ts';
import { scannerHandlers } from './scanners/handlers.ts';
import { skillsHandlers } from './skills/handlers.ts';
import { salesHandlers } from './sales/handlers.ts';
import type { Sessions } from './sessions.ts';
import { traineesHandlers } from './trainees/handlers.ts';

/** Every domain's handlers in one map; the type makes a missing method a compile error. */
export function allHandlers(deps: { sessions: Sessions; version: string; devices: DeviceBoard; backups: BackupBoard }): Handlers {
  return {
    ...cafeHandlers(deps.version),
    ...accessHandlers(deps.sessions),
    ...peopleHandlers(),
    ...auditHandlers(),
    ...catalogueHandlers(),
    ...salesHandlers(),
    ...cashHandlers(),
    ...printingHandlers(deps.devices),
    ...scannerHandlers(deps.devices),
    ...rotaHandlers(),
    ...attendanceHandlers(),
    ...hoursHandlers(),
    ...skillsHandlers(),
    ...traineesHandlers(),
    ...evidenceHandlers(),
    ...backupHandlers(deps.backups),
  };
}
