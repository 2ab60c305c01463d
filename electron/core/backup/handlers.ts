import type { Handlers } from '../context.ts';
import type { BackupBoard } from './board.ts';
import { listBackupFiles } from './files.ts';

type BackupHandlers = Pick<Handlers, 'backups.list' | 'backups.runNow'>;

export function backupHandlers(board: BackupBoard): BackupHandlers {
  return {
    'backups.list': () => {
      const { folder, copyFolder, everyHours, keep } = board.policy;
      return { status: board.status(), folder, copyFolder, everyHours, keep, files: listBackupFiles(folder) };
    },
    'backups.runNow': (ctx) => {
      ctx.note({ subjectType: 'backup', subjectId: board.policy.folder, summary: 'Asked for a backup now' });
      board.request();
      return { state: 'running', message: 'Making a backup…', at: board.status().at };
    },
  };
}
