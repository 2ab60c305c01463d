import { useApp } from '../app/AppContext.tsx';
import { FileButtons } from './FileButtons.tsx';
import { EvidenceSummary, PeriodForm, usePeriodRequest } from './PeriodRequest.tsx';
import { cohortSummary, groupRows, monthRows, periodWords, type PeriodDraft } from './evidenceWords.ts';

function GroupTable({ caption, rows }: { caption: string; rows: ReturnType<typeof groupRows> }) {
  return (
    <div className="table-wrap">
      <table className="table cohort-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col">Trainees</th>
            <th scope="col">Hours credited</th>
            <th scope="col">With an outcome</th>
            <th scope="col">Average days to an outcome</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.group}>
              <th scope="row">{r.group}</th>
              <td>{r.participants}</td>
              <td>{r.hours}</td>
              <td>{r.outcomes}</td>
              <td>{r.days}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The cohort report for funders: a period's people, hours, attendance, skills and outcomes. */
export function CohortPart({ initial }: { initial: PeriodDraft }) {
  const { call } = useApp();
  const request = usePeriodRequest(initial, (period) => call('evidence.cohort', period));
  const report = request.answer;
  const d = report?.document;
  return (
    <section className="panel evidence-part" aria-labelledby="cohort-heading">
      <h2 id="cohort-heading">Cohort report</h2>
      <p>For funders: trainees, hours, attendance, skills and outcomes for a period, with breakdowns by month, gender and referral source where they are recorded. Names are not in it.</p>
      <PeriodForm id="cohort" label="Period for the cohort report" askLabel="Make the cohort report" request={request} />
      {report && d ? (
        <div className="evidence-result" aria-live="polite" aria-labelledby="cohort-result-heading" role="region">
          <h3 id="cohort-result-heading">Cohort report, {periodWords(d)}</h3>
          {report.emptyMessage ? <p className="callout evidence-empty">{report.emptyMessage}</p> : null}
          <EvidenceSummary label="Cohort totals" lines={cohortSummary(d)} />
          {d.byMonth.length > 0 ? (
            <div className="table-wrap">
              <table className="table cohort-table">
                <caption>By month</caption>
                <thead>
                  <tr>
                    <th scope="col">Month</th>
                    <th scope="col">Trainees with a shift</th>
                    <th scope="col">Hours credited</th>
                  </tr>
                </thead>
                <tbody>
                  {monthRows(d).map((m) => (
                    <tr key={m.month}>
                      <th scope="row">{m.month}</th>
                      <td>{m.trainees}</td>
                      <td>{m.hours}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {d.byGender ? <GroupTable caption="By gender" rows={groupRows(d.byGender)} /> : <p>Nobody’s gender is recorded, so there is no breakdown by gender.</p>}
          {d.byReferralSource ? <GroupTable caption="By referral source" rows={groupRows(d.byReferralSource)} /> : <p>No referral sources are recorded, so there is no breakdown by referral source.</p>}
          <FileButtons pdf={report.pdf} csv={report.csv} what="the cohort report" />
        </div>
      ) : null}
    </section>
  );
}
