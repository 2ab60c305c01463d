import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import type { CashSession, TillReport } from '../../shared/contract/index.ts';
import { formatCafeTime } from '../../shared/dates.ts';
import { formatPence } from '../../shared/money.ts';
import { useApp } from '../app/AppContext.tsx';
import { Alert, Loading, Notice, ScreenHeading } from '../components/feedback.tsx';
import { errorFor } from '../components/fieldErrors.ts';
import { PrintButton } from '../hardware/PrintButton.tsx';
import { createCashUpStore, failed, hideZReport, loaded, loadFailed, opened, sending, showZReport, startTask, type CashUpStore, type Task } from './cashUp.ts';
import { LiftForm, NoSaleForm, PayOutForm, TaskPanel } from './CashTasks.tsx';
import { CloseDay } from './CloseDay.tsx';
import { DrawerCounter } from './DrawerCounter.tsx';
import { clearCount, countsToSend, countTotal, createDrawerCountStore, emptyCount, hasProblems, type DrawerCountStore } from './drawerCount.ts';
import { CLOSE_COUNT_KEY, FLOAT_COUNT_KEY, readKept, useKeptCount } from './keptCount.ts';
import { reportTitle, TillReportView } from './TillReportView.tsx';
import { ZReportList, type ZReportSummary } from './ZReportList.tsx';
import './cash.css';

function OpenTheTill({ store, count }: { store: CashUpStore; count: DrawerCountStore }) {
  const { call } = useApp();
  const busy = useStore(store, (s) => s.busy);
  const error = useStore(store, (s) => (s.errorTask === 'open' ? s.error : null));
  const total = useStore(count, countTotal);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const floatCounts = countsToSend(count.getState());
    if (floatCounts === null || hasProblems(count.getState())) {
      store.setState((s) => failed(s, { code: 'invalid_input', message: 'Some boxes do not hold a whole number: put them right first (they are marked in red).', field: 'floatCounts' }, 'open'));
      return;
    }
    store.setState(sending);
    const r = await call('cash.open', { floatCounts });
    if (r.ok) {
      store.setState((s) => opened(s, r.value));
      count.setState(clearCount);
    } else store.setState((s) => failed(s, r.error, 'open'));
  };

  return (
    <section className="panel" aria-labelledby="open-heading">
      <h2 id="open-heading">Open the till: count the float</h2>
      <p>Count the notes and coins you are putting in the drawer to start the day. Type how many of each, or tap + and −.</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {error ? <Alert>{errorFor(error, 'floatCounts') ?? error.message}</Alert> : null}
        <DrawerCounter store={count} idPrefix="float" totalLabel="Float counted:" />
        <button type="submit" className="button button-primary button-large" disabled={busy}>
          Open the till with {formatPence(total)}
        </button>
      </form>
    </section>
  );
}

function DrawerNow({ session, drawer }: { session: CashSession; drawer: TillReport | null }) {
  return (
    <section className="panel drawer-now" aria-labelledby="drawer-heading">
      <h2 id="drawer-heading">The till is open</h2>
      <p>
        Opened {formatCafeTime(session.openedAt, 'EEEE d MMMM, HH:mm')} by {session.openedBy} with a float of {formatPence(session.floatPence)}.
      </p>
      {drawer ? (
        <dl className="drawer-figures">
          <div>
            <dt>Cash that should be in the drawer</dt>
            <dd className="drawer-expected">{formatPence(drawer.expectedCashPence)}</dd>
          </div>
          <div>
            <dt>Net sales so far</dt>
            <dd>
              {formatPence(drawer.netSalesPence)} <span className="count">({drawer.sales.count === 1 ? '1 sale' : `${drawer.sales.count} sales`})</span>
            </dd>
          </div>
          <div>
            <dt>Paid out and lifted</dt>
            <dd>
              {formatPence(drawer.paidOuts.totalPence)} paid out, {formatPence(drawer.lifts.totalPence)} lifted
            </dd>
          </div>
        </dl>
      ) : null}
    </section>
  );
}

const taskButtons: { task: Task; label: string; hint: string }[] = [
  { task: 'noSale', label: 'No sale', hint: 'Open the drawer' },
  { task: 'payOut', label: 'Paid out', hint: 'Cash out for a purchase' },
  { task: 'lift', label: 'Lift to safe', hint: 'Take cash to the safe' },
  { task: 'xReport', label: 'X report', hint: 'Figures so far' },
  { task: 'closeCount', label: 'Close the day', hint: 'Count and issue the Z report' },
];

function ZReportPanel({ store, report, justIssued }: { store: CashUpStore; report: TillReport; justIssued: boolean }) {
  const { call } = useApp();
  const heading = useRef<HTMLDivElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [report]);
  return (
    <section className="panel z-report-panel" aria-label={reportTitle(report)}>
      <div ref={heading} tabIndex={-1} className="z-report-focus">
        {justIssued ? (
          <Notice>
            The day is closed. {reportTitle(report)} is kept exactly as issued. To trade again, count a new float: that starts a new day.
          </Notice>
        ) : null}
      </div>
      <div className="button-row no-print">
        {/* A past Z report prints again marked COPY; the one just issued has already been sent. */}
        {report.number !== null ? <PrintButton label={`Print ${reportTitle(report)} again`} print={() => call('printing.report', { report: 'Z', number: report.number ?? 0 })} className="button button-primary" /> : null}
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          Print on A4 paper
        </button>
        <button type="button" className="button button-secondary" onClick={() => store.setState(hideZReport)}>
          {justIssued ? 'Done' : 'Close the report'}
        </button>
      </div>
      <div className="print-area">
        <TillReportView report={report} />
      </div>
    </section>
  );
}

export function CashScreen() {
  const { api, call } = useApp();
  const [store] = useState(createCashUpStore);
  // A count half done comes back after the till has locked itself mid-count.
  const [floatCount] = useState(() => createDrawerCountStore(readKept(FLOAT_COUNT_KEY, null) ?? emptyCount));
  const [closeCount] = useState(() => createDrawerCountStore());
  useKeptCount(floatCount, FLOAT_COUNT_KEY, useCallback(() => null, []));
  useKeptCount(closeCount, CLOSE_COUNT_KEY, useCallback(() => store.getState().session?.id ?? null, [store]));
  const session = useStore(store, (s) => s.session);
  const drawer = useStore(store, (s) => s.drawer);
  const task = useStore(store, (s) => s.task);
  const notice = useStore(store, (s) => s.notice);
  const zReport = useStore(store, (s) => s.zReport);
  const zJustIssued = useStore(store, (s) => s.zJustIssued);
  const screenProblem = useStore(store, (s) => (s.errorTask === 'screen' ? s.error?.message : null));
  const [zReports, setZReports] = useState<ZReportSummary[] | null>(null);
  const [xReport, setXReport] = useState<TillReport | null>(null);

  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let live = true;
    const load = async () => {
      const current = await call('cash.current', {});
      if (!live) return;
      if (!current.ok) {
        store.setState((s) => loadFailed(s, current.error));
        return;
      }
      let x: TillReport | null = null;
      if (current.value) {
        const r = await call('cash.xReport', {});
        if (r.ok) x = r.value;
      }
      const list = await call('cash.zReports', {});
      if (!live) return;
      store.setState((s) => loaded(s, current.value, x));
      if (list.ok) setZReports(list.value);
    };
    void load();
    // Sales on the till and cash moved from another screen change what the drawer holds.
    const stop = api.on((m) => {
      if (m.event === 'cash.changed' || m.event === 'sale.completed') void load();
    });
    return () => {
      live = false;
      stop();
    };
  }, [api, call, store, reloads]);

  const start = async (t: Task) => {
    if (t === 'closeCount') closeCount.setState(readKept(CLOSE_COUNT_KEY, store.getState().session?.id ?? null) ?? emptyCount);
    store.setState((s) => startTask(s, t));
    if (t === 'xReport') {
      setXReport(null);
      const r = await call('cash.xReport', {});
      if (r.ok) setXReport(r.value);
      else store.setState((s) => failed(s, r.error, 'xReport'));
    }
  };

  const openZ = async (n: number) => {
    const r = await call('cash.zReport', { number: n });
    if (r.ok) store.setState((s) => showZReport(s, r.value));
    else store.setState((s) => failed(s, r.error, 'screen'));
  };

  const xProblem = useStore(store, (s) => (s.errorTask === 'xReport' ? s.error?.message : null));
  const reload = () => setReloads((n) => n + 1);

  return (
    <div className="screen screen-cash">
      <ScreenHeading title="Cash-up">Cash-up</ScreenHeading>
      {screenProblem ? <Alert>{screenProblem}</Alert> : null}
      {notice ? <Notice>{notice}</Notice> : null}
      {session === undefined && !screenProblem ? <Loading what="the till" /> : null}

      {zReport ? <ZReportPanel store={store} report={zReport} justIssued={zJustIssued} /> : null}

      {session === null && !zReport ? (
        <>
          <p className="lead">The till is closed. Nobody can take a sale until a float is counted in.</p>
          <OpenTheTill store={store} count={floatCount} />
        </>
      ) : null}

      {session && !zReport ? (
        <>
          <DrawerNow session={session} drawer={drawer} />
          {task === null ? (
            <ul className="cash-actions" aria-label="What do you want to do?">
              {taskButtons.map((b) => (
                <li key={b.task}>
                  <button type="button" className={`cash-action${b.task === 'closeCount' ? ' cash-action-close' : ''}`} onClick={() => void start(b.task)}>
                    <span className="cash-action-label">{b.label}</span>
                    <span className="cash-action-hint">{b.hint}</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          {task === 'noSale' ? <NoSaleForm store={store} onDone={reload} /> : null}
          {task === 'payOut' ? <PayOutForm store={store} onDone={reload} /> : null}
          {task === 'lift' ? <LiftForm store={store} onDone={reload} /> : null}
          {task === 'xReport' ? (
            <TaskPanel title="X report" store={store} wide>
              {xProblem ? <Alert>{xProblem}</Alert> : null}
              {xReport ? (
                <>
                  <div className="button-row no-print">
                    <PrintButton label="Print X report" print={() => call('printing.report', { report: 'X' })} className="button button-primary" />
                    <button type="button" className="button button-secondary" onClick={() => window.print()}>
                      Print on A4 paper
                    </button>
                  </div>
                  <div className="print-area">
                    <TillReportView report={xReport} headingLevel={3} />
                  </div>
                </>
              ) : xProblem ? null : (
                <Loading what="the X report" />
              )}
            </TaskPanel>
          ) : null}
          {task === 'closeCount' || task === 'closeCheck' ? <CloseDay store={store} count={closeCount} onClosed={reload} /> : null}
        </>
      ) : null}

      {zReports && !zReport && (task === null || session === null) ? <ZReportList reports={zReports} onOpen={(n) => void openZ(n)} /> : null}
    </div>
  );
}
