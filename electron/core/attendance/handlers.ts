import type { Handlers } from '../context.ts';
import { clockIn, clockOut, endBreak, startBreak } from './clock.ts';

type AttendanceHandlers = Pick<Handlers, 'attendance.clockIn' | 'attendance.clockOut' | 'attendance.startBreak' | 'attendance.endBreak'>;

export function attendanceHandlers(): AttendanceHandlers {
  return {
    'attendance.clockIn': clockIn,
    'attendance.clockOut': clockOut,
    'attendance.startBreak': startBreak,
    'attendance.endBreak': endBreak,
  };
}
