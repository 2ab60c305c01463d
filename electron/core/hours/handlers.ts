import type { Handlers } from '../context.ts';
import { approveAsPlanned, approveShift, confirmUnplanned } from './approve.ts';
import { certifyPeriod, listCertifications, reopenPeriod } from './certify.ts';
import { dayHours, hoursSummary, myHours } from './views.ts';

type HoursHandlers = Pick<
  Handlers,
  'hours.mine' | 'hours.day' | 'hours.approve' | 'hours.approveShift' | 'hours.confirmUnplanned' | 'hours.summary' | 'hours.certifications' | 'hours.certify' | 'hours.reopen'
>;

export function hoursHandlers(): HoursHandlers {
  return {
    'hours.mine': myHours,
    'hours.day': dayHours,
    'hours.approve': approveAsPlanned,
    'hours.approveShift': approveShift,
    'hours.confirmUnplanned': confirmUnplanned,
    'hours.summary': hoursSummary,
    'hours.certifications': listCertifications,
    'hours.certify': certifyPeriod,
    'hours.reopen': reopenPeriod,
  };
}
