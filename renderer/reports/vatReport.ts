import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiError, VatSummary } from '../../shared/contract/index.ts';
import type { DateRange } from './vatRange.ts';

// The VAT summary screen's state. A summary on screen always belongs to the dates in the
// boxes: changing a date takes the old figures (and their download) away until the new
// range is asked for, so nobody files last quarter's numbers by mistake.

export interface VatReportState extends DateRange {
  summary: VatSummary | null;
  error: ApiError | null;
  busy: boolean;
}

export function startingReport(range: DateRange): VatReportState {
  return { ...range, summary: null, error: null, busy: false };
}

export function setFrom(state: VatReportState, from: string): VatReportState {
  return from === state.from ? state : { ...state, from, summary: null, error: null };
}

export function setTo(state: VatReportState, to: string): VatReportState {
  return to === state.to ? state : { ...state, to, summary: null, error: null };
}

export function pickRange(state: VatReportState, range: DateRange): VatReportState {
  return { ...state, ...range, summary: null, error: null };
}

export function asking(state: VatReportState): VatReportState {
  return { ...state, busy: true, error: null };
}

/** The core's answer, kept only if it is for the dates still in the boxes. */
export function answered(state: VatReportState, summary: VatSummary): VatReportState {
  if (summary.from !== state.from || summary.to !== state.to) return { ...state, busy: false };
  return { ...state, busy: false, summary, error: null };
}

export function refused(state: VatReportState, error: ApiError): VatReportState {
  return { ...state, busy: false, summary: null, error };
}

export type VatReportStore = StoreApi<VatReportState>;

export function createVatReportStore(range: DateRange): VatReportStore {
  return createStore<VatReportState>()(() => startingReport(range));
}
