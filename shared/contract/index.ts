import type { z } from 'zod';
import { attendanceMethods } from './attendance.ts';
import { auditMethods } from './audit.ts';
import { backupMethods } from './backups.ts';
import { authMethods } from './auth.ts';
import { cafeMethods } from './cafe.ts';
import { cashMethods } from './cash.ts';
import { catalogueMethods } from './catalogue.ts';
import { evidenceMethods } from './evidence.ts';
import { hoursMethods } from './hours.ts';
import { printingMethods } from './printing.ts';
import { rotaMethods } from './rota.ts';
import { salesMethods } from './sales.ts';
import { scannerMethods } from './scanners.ts';
import { skillsMethods } from './skills.ts';
import { staffMethods } from './staff.ts';
import { traineesMethods } from './trainees.ts';
import type { MethodKind, MethodSpec } from './define.ts';

export const contract = {
  ...cafeMethods,
  ...authMethods,
  ...staffMethods,
  ...auditMethods,
  ...catalogueMethods,
  ...salesMethods,
  ...cashMethods,
  ...printingMethods,
  ...scannerMethods,
  ...rotaMethods,
  ...attendanceMethods,
  ...hoursMethods,
  ...skillsMethods,
  ...traineesMethods,
  ...evidenceMethods,
  ...backupMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What the caller sends (before schema defaults and transforms). */
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
/** What the core receives after validation. */
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type ResultOf<M extends MethodName> = Contract[M] extends MethodSpec<z.ZodType, infer R, MethodKind> ? R : never;
export type WriteMethod = { [M in MethodName]: Contract[M]['kind'] extends 'write' ? M : never }[MethodName];
export type ReadMethod = Exclude<MethodName, WriteMethod>;

/** The whole API as one type, for hosts and the renderer. */
export type Api = { [M in MethodName]: (input: InputOf<M>) => ResultOf<M> };

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export * from './result.ts';
export * from './define.ts';
export * from './events.ts';
export type { CafeDetails, CafeSettings, CafeStatus } from './cafe.ts';
export type { SessionInfo, SignedInStaff, LoginTile, Authorisation } from './auth.ts';
export type { StaffMember } from './staff.ts';
export type { AuditEntry, AuditPage, AuditOutcome } from './audit.ts';
export type { BackupFile, BackupState, BackupStatus, Backups } from './backups.ts';
export type { Catalogue, Category, Product, ModifierGroup, ModifierOption, DiscountReason } from './catalogue.ts';
export type { Sale, SaleLine, SalePayment, SaleSummary, HeldOrder, ChainCheck, TillState, DiscountLimits, PracticeReview, JournalKind, Tender } from './sales.ts';
export { tenders, MAX_QUANTITY } from './sales.ts';
export type { CashSession, CashMovement, TillReport, VatSummary } from './cash.ts';
export type { PrinterConnection, PrinterSettings, PrinterState, PrinterStatus, PrintJob } from './printing.ts';
export { printerConnectionSchema, printerSettingsSchema, monoBitmapSchema } from './printing.ts';
export type { ScannerSettings, ScannerStatus, ScannerState, ScannerEndKey } from './scanners.ts';
export { scannerSettingsSchema } from './scanners.ts';
export type {
  Station, RotaSettings, PersonRef, Removal, ShiftState, AttendanceStatus, ShiftBreak, ShiftApproval, ShiftAttendance, Shift, SwapRef, SwapState, SwapOffer,
  ConflictKind, RotaConflict, RotaWeek, ShiftChange, RotaBulkResult, ShiftTemplate, PublishResult, UnavailableTime, TimeOff, Availability, OpenClock, MyShifts, CalendarFile,
} from './rota.ts';
export type { ClockAction, ClockResult } from './attendance.ts';
export type { HoursFlag, DayHoursRow, DayHours, MyHours, TraineeHours, HoursSummary, Certification } from './hours.ts';
export { attendanceStatuses } from './hours.ts';
export type {
  SkillLevel, StationRef, Competency, SkillArea, SkillsFramework, CompetencyRef, ShiftRef, TillSaleEvidence, CashSessionEvidence, ShiftTillEvidence,
  SkillObservation, SignOffState, SkillSignOff, SkillState, SkillProgress, SkillsMatrixRow, SkillsMatrix, TraineeSkill, NextStepKind, NextSkillStep, TraineeSkills, Qualification,
} from './skills.ts';
export { skillLevels } from './skills.ts';
export type {
  ReferralSource, TraineeStatus, Gender, OutcomeKind, OutcomeEvidence, SustainmentCheckpoint, TraineeStatusChange, TraineeRecord, TraineeSummary,
  SustainmentState, SustainmentCheck, Outcome, ReadinessItem, ReadinessEntry, ReadinessChecklist, Progression, TraineeErasure,
} from './trainees.ts';
export { ERASE_AFTER_MONTHS, referralSources, traineeStatuses, genders, outcomeKinds, outcomeEvidenceKinds, sustainmentCheckpoints } from './trainees.ts';
export type {
  ExportFile, EvidenceCafe, CertificationStatus, EvidenceCertification, EvidenceTrainee, EvidenceShift, EvidenceTotals, EvidenceSkill, EvidenceQualification, EvidenceOutcome,
  TraineeEvidenceDocument, TraineeEvidence, CohortGroup, CohortMonth, CohortReportDocument, CohortReport,
} from './evidence.ts';
export { EVIDENCE_MAX_DAYS } from './evidence.ts';
export { plainSchemaError, fieldLabel } from './plainErrors.ts';
export * from './bridge.ts';
