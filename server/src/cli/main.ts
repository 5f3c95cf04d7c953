// `factlens` command line entry point (bundled to dist/cli.js, started by bin/factlens.js). The
// same bundle is the analysis worker thread the CLI starts for large documents.
import { isMainThread, workerData } from 'worker_threads';
import { processIO } from './io';
import { runAnalysisWorker } from './parallel/analysisWorker';
import { WORKER_KIND, type WorkerSetup } from './parallel/protocol';
import { runCli } from './run';

if (!isMainThread && (workerData as WorkerSetup | undefined)?.kind === WORKER_KIND) runAnalysisWorker(workerData as WorkerSetup);
else process.exitCode = runCli(process.argv.slice(2), processIO());
