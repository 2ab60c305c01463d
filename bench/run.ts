import { runCoreBench } from './core.bench.ts';
import { runTillSaleBench } from './till.sale.bench.ts';
import { runTillReportsBench } from './till.reports.bench.ts';
import { runPrintRenderBench } from './print.render.bench.ts';
import { runPrintSaleBench } from './print.sale.bench.ts';
import { runTapToLineBench } from './tapToLine.bench.ts';
import { runRotaBench } from './rota.bench.ts';

// `npm run bench`: every benchmark, one JSON figure per line. Figures, not timed tests.
runCoreBench();
runTillSaleBench();
runTillReportsBench();
runPrintRenderBench();
runRotaBench();
await runPrintSaleBench();
await runTapToLineBench();
