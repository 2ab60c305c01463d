import type { PrintJob } from '../../shared/contract/index.ts';
import { formatCafeTime } from '../../shared/dates.ts';

// Recent print jobs in words, and which of them a manager may stop retrying.

export function jobStateWords(job: PrintJob): string {
  switch (job.state) {
    case 'printed':
      return job.printedAt ? `Printed at ${formatCafeTime(job.printedAt, 'HH:mm')}` : 'Printed';
    case 'cancelled':
      return 'Cancelled';
    case 'pending': {
      if (job.attempts === 0) return 'Waiting to print';
      const tried = job.attempts === 1 ? 'tried once' : `tried ${job.attempts} times`;
      return job.lastError ? `Waiting (${tried}: ${job.lastError})` : `Waiting (${tried})`;
    }
  }
}

/** Only a job still waiting can be stopped; a printed job is done. */
export function mayCancel(job: PrintJob): boolean {
  return job.state === 'pending';
}

export function withJob(jobs: readonly PrintJob[], job: PrintJob): PrintJob[] {
  const at = jobs.findIndex((j) => j.id === job.id);
  return at === -1 ? [job, ...jobs] : jobs.map((j) => (j.id === job.id ? job : j));
}
