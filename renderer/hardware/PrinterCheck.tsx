import { useEffect, useState } from 'react';
import type { PrinterSettings, PrintJob, PrinterStatus } from '../../shared/contract/index.ts';
import { formatCafeTime } from '../../shared/dates.ts';
import { useApp } from '../app/AppContext.tsx';
import { Alert, Notice } from '../components/feedback.tsx';
import { CheckboxField } from '../components/fields.tsx';
import { describeConnection } from './printerDraft.ts';
import { jobStateWords, mayCancel, withJob } from './printJobs.ts';
import { printerSentence } from './printerWords.ts';

interface PrinterCheckProps {
  settings: PrinterSettings | null;
  statuses: readonly PrinterStatus[];
  /** Settings changed on screen but not saved: the test page would print the old ones. */
  unsaved: boolean;
}

function StateLine({ name, status }: { name: string; status: PrinterStatus | undefined }) {
  return (
    <p className={`hw-state${status && status.state !== 'ready' && status.state !== 'not_set_up' ? ' hw-state-problem' : ''}`}>
      <strong>{name}:</strong> {status ? printerSentence(status) : 'Not checked yet'}
    </p>
  );
}

/** Is it working? The printer's state with the next step, a test page, and recent jobs. */
export function PrinterCheck({ settings, statuses, unsaved }: PrinterCheckProps) {
  const { api, call } = useApp();
  const [openDrawer, setOpenDrawer] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [jobs, setJobs] = useState<PrintJob[] | null>(null);
  const [jobsProblem, setJobsProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [loads, setLoads] = useState(0);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void call('printing.jobs', { limit: 10 }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setJobs(r.value);
        setJobsProblem(null);
      } else setJobsProblem(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [call, loads]);

  useEffect(
    () =>
      api.on((m) => {
        if (m.event === 'printer.printed' || m.event === 'printer.status' || m.event === 'sale.completed') setLoads((n) => n + 1);
      }),
    [api],
  );

  const receipt = statuses.find((s) => s.target === 'receipt');
  const kitchen = statuses.find((s) => s.target === 'kitchen');

  const testPage = async (target: 'receipt' | 'kitchen') => {
    setNotice(null);
    if (unsaved) {
      setProblem('Save the printer settings first: the test page prints with the saved settings.');
      return;
    }
    setBusy(true);
    const r = await call('printing.testPage', { target, openDrawer: target === 'receipt' && openDrawer });
    setBusy(false);
    if (!r.ok) {
      setProblem(r.error.message);
      return;
    }
    setProblem(null);
    const status = target === 'receipt' ? receipt : kitchen;
    const away = status && status.state !== 'ready' && status.state !== 'unknown';
    setNotice(`Test page sent to the printer.${away ? ' It will print when the printer is back.' : ''}`);
    setLoads((n) => n + 1);
  };

  const cancel = async (job: PrintJob) => {
    setConfirming(null);
    const r = await call('printing.cancelJob', { jobId: job.id });
    if (!r.ok) {
      setJobsProblem(r.error.message);
      return;
    }
    setJobs((list) => (list ? withJob(list, r.value) : list));
    setNotice(`${job.what} will not print.`);
  };

  return (
    <section className="panel hw-check" aria-labelledby="printer-check-heading">
      <h2 id="printer-check-heading">Is the printer working?</h2>
      <div role="status" className="hw-states">
        <StateLine name="Receipt printer" status={receipt} />
        {settings && settings.kitchen.kind !== 'none' ? <StateLine name="Kitchen printer" status={kitchen} /> : null}
      </div>
      {settings ? <p className="field-hint">Saved: {describeConnection(settings.receipt)}.</p> : null}
      {notice ? <Notice>{notice}</Notice> : null}
      {problem ? <Alert>{problem}</Alert> : null}
      <CheckboxField id="test-open-drawer" label="Open the drawer too" checked={openDrawer} onChange={setOpenDrawer} />
      <div className="button-row">
        <button type="button" className="button button-large" disabled={busy} onClick={() => void testPage('receipt')}>
          Print test page
        </button>
        {settings && settings.kitchen.kind !== 'none' ? (
          <button type="button" className="button button-secondary button-large" disabled={busy} onClick={() => void testPage('kitchen')}>
            Print test page in the kitchen
          </button>
        ) : null}
      </div>

      <h3>Recent print jobs</h3>
      {jobsProblem ? <Alert>{jobsProblem}</Alert> : null}
      {jobs && jobs.length === 0 ? <p>Nothing has been printed yet.</p> : null}
      {jobs && jobs.length > 0 ? (
        <div className="table-wrap">
          <table className="table hw-jobs">
            <caption className="visually-hidden">Recent print jobs, newest first</caption>
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">Printer</th>
                <th scope="col">Sent</th>
                <th scope="col">State</th>
                <th scope="col">
                  <span className="visually-hidden">Stop</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((j) => (
                <tr key={j.id}>
                  <th scope="row">{j.what}</th>
                  <td>{j.target === 'kitchen' ? 'Kitchen' : 'Receipt'}</td>
                  <td className="nowrap">{formatCafeTime(j.createdAt, 'd MMM, HH:mm')}</td>
                  <td>{jobStateWords(j)}</td>
                  <td>
                    {mayCancel(j) && confirming !== j.id ? (
                      <button type="button" className="button button-secondary" onClick={() => setConfirming(j.id)}>
                        Cancel<span className="visually-hidden"> {j.what}</span>
                      </button>
                    ) : null}
                    {confirming === j.id ? (
                      <div className="hw-confirm" role="group" aria-label={`Stop ${j.what}?`}>
                        <p>Stop trying to print {j.what}? It will not print.</p>
                        <div className="button-row">
                          <button type="button" className="button" onClick={() => void cancel(j)}>
                            Yes, stop it
                          </button>
                          <button type="button" className="button button-secondary" onClick={() => setConfirming(null)}>
                            Keep it
                          </button>
                        </div>
                      </div>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
