import { runCoreBench } from './core.bench.ts';
import { runEvidenceBench } from './evidence.bench.ts';
import { runTillSaleBench } from './till.sale.bench.ts';
import { runTillReportsBench } from './till.reports.bench.ts';
import { runPrintRenderBench } from './print.render.bench.ts';
import { runPrintSaleBench } from './print.sale.bench.ts';
import { runTapToLineBench } from './tapToLine.bench.ts';
import { runRotaBench } from './rota.bench.ts';

// `npm run bench`: every benchmark, one JSON figure per line. Figures, not timed tests.
// `npm run bench -- evidence rota`: only the benchmarks named.
const only = process.argv.slice(2);
const wanted = (name: string): boolean => only.length === 0 || only.includes(name);

if (wanted('core')) runCoreBench();
if (wanted('till')) await runTillSaleBench();
if (wanted('till')) runTillReportsBench();
if (wanted('print')) runPrintRenderBench();
if (wanted('rota')) runRotaBench();
if (wanted('evidence')) runEvidenceBench();
if (wanted('print')) await runPrintSaleBench();
if (wanted('till')) await runTapToLineBench();
