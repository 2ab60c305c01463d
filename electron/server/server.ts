import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { err, type CallRequest, type EventMessage } from '../../shared/contract/index.ts';
import { createCore, type Core } from '../core/app.ts';
import type { BackupPolicy } from '../core/backup/board.ts';
import { startBackupWorker, type BackupWorkerOptions } from '../core/backup/worker.ts';
import { SettableClock, systemClock, type Clock, type IdSource } from '../core/clock.ts';
import { startPrintWorker, type PrintWorkerOptions } from '../core/printing/worker.ts';
import { startScannerWorker, type ScannerWorkerOptions } from '../core/scanners/worker.ts';
import { createFakeHid } from '../../hardware/hid/fakeHid.ts';
import { createNodeHidBackend } from '../../hardware/hid/nodeHid.ts';
import { openPrinter } from '../../hardware/printer/open.ts';
import { newSessionId, readSessionCookie, sessionCookieHeader } from './cookies.ts';
import { BodyError, isSameOrigin, readJsonBody, sendJson } from './requests.ts';
import { serveStatic } from './staticFiles.ts';
import { handleTestRoute } from './testRoutes.ts';

export interface ServerOptions {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  dataDir: string;
  rendererDir: string;
  migrationsDir?: string;
  version?: string;
  /** Adds /test/* routes (clock, scans). Never on in a café. */
  testMode: boolean;
  clock?: Clock;
  ids?: IdSource;
  /** The print worker's printers and timings (tests pass their own); false: no worker at all. */
  printing?: Partial<Pick<PrintWorkerOptions, 'openPrinter' | 'timeouts' | 'backoff' | 'statusEveryMs' | 'idleCheckMs'>> | false;
  /**
   * The HID reader's worker: its USB backend (node-hid; in test mode a fake bus that /test/hid/*
   * drives) and timings; false: no worker at all.
   */
  scanners?: Partial<Pick<ScannerWorkerOptions, 'backend' | 'pollMs' | 'partialGapMs' | 'repeatMs'>> | false;
  /** Where backups go and how often (a second folder from --backup-copy-dir). */
  backupPolicy?: Partial<BackupPolicy>;
  /** The backup worker's timings; false: no automatic or requested backups. */
  backups?: Partial<Pick<BackupWorkerOptions, 'checkMs' | 'firstCheckMs'>> | false;
}

/** In test mode the fake reader is looked for often, so a test's plug-in is seen at once. */
const TEST_HID_POLL_MS = 100;

export interface RunningServer {
  url: string;
  port: number;
  core: Core;
  close(): Promise<void>;
}

/** Browser-mode host: the same dispatcher as Electron's IPC, over HTTP and one WebSocket. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const clock = options.testMode ? new SettableClock(options.clock ?? systemClock) : (options.clock ?? systemClock);
  const core = createCore({
    dataDir: options.dataDir,
    version: options.version ?? '0.0.0',
    clock,
    ...(options.migrationsDir ? { migrationsDir: options.migrationsDir } : {}),
    ...(options.ids ? { ids: options.ids } : {}),
    ...(options.backupPolicy ? { backups: options.backupPolicy } : {}),
  });
  // Copies the database every few hours and when a manager asks, checked, the newest kept.
  const backupWorker =
    options.backups === false ? null : startBackupWorker({ db: core.db, board: core.backups, clock, logger: { error: (message, cause) => console.error(`[apron] ${message}`, cause) }, ...options.backups });
  // Sends the jobs the core queues; the core itself never waits for a printer.
  const printWorker =
    options.printing === false
      ? null
      : startPrintWorker({ db: core.db, clock, devices: core.devices, events: core.events, openPrinter, logger: { error: (message, cause) => console.error(`[apron] ${message}`, cause) }, ...options.printing });
  // Reads a badge or barcode reader in HID mode; in test mode, the fake USB bus the test routes play.
  const fakeHid = options.testMode && !(options.scanners && options.scanners.backend) ? createFakeHid() : null;
  const scannerWorker =
    options.scanners === false
      ? null
      : startScannerWorker({
          db: core.db,
          devices: core.devices,
          events: core.events,
          backend: fakeHid ?? createNodeHidBackend(),
          logger: { error: (message, cause) => console.error(`[apron] ${message}`, cause) },
          ...(options.testMode ? { pollMs: TEST_HID_POLL_MS } : {}),
          ...options.scanners,
        });
  const sockets = new Map<WebSocket, string>();
  let port = options.port;

  const unsubscribe = core.events.subscribe((message: EventMessage, session) => {
    const text = JSON.stringify(message);
    for (const [socket, key] of sockets) {
      if (session === undefined || session === key) socket.send(text);
    }
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let session = readSessionCookie(req.headers.cookie);
    const setCookie: Record<string, string> = {};
    if (!session) {
      session = newSessionId();
      setCookie['set-cookie'] = sessionCookieHeader(session);
    }

    if (url.pathname === '/healthz') {
      sendJson(res, 200, { ok: true, version: core.version, schemaVersion: core.schemaVersion });
      return;
    }
    if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/test/')) {
      if (!isSameOrigin(req, port)) {
        sendJson(res, 403, err('forbidden', 'Apron only answers its own screens.'));
        return;
      }
      if (req.method !== 'POST') {
        sendJson(res, 405, err('invalid_input', 'Use POST.'), { allow: 'POST' });
        return;
      }
      let body: unknown;
      try {
        body = await readJsonBody(req);
      } catch (cause) {
        const message = cause instanceof BodyError ? cause.message : 'The request could not be read.';
        // A body refused half-read leaves the connection unusable: close it rather than keep it alive.
        const tooLarge = cause instanceof BodyError && cause.tooLarge;
        sendJson(res, tooLarge ? 413 : 400, err('invalid_input', message), tooLarge ? { ...setCookie, connection: 'close' } : setCookie);
        return;
      }
      if (url.pathname === '/api/call') {
        const call = body as Partial<CallRequest> | null;
        if (!call || typeof call !== 'object' || typeof call.method !== 'string') {
          sendJson(res, 200, err('invalid_input', 'The request must name a method.', { field: 'method' }), setCookie);
          return;
        }
        const authorisation = typeof call.authorisation === 'string' ? call.authorisation : undefined;
        const result = core.dispatch({ session, method: call.method, input: call.input, authorisation });
        sendJson(res, 200, result, setCookie);
        return;
      }
      if (options.testMode && url.pathname.startsWith('/test/') && clock instanceof SettableClock) {
        const answer = handleTestRoute(url.pathname, body, { clock, events: core.events, hid: scannerWorker ? fakeHid : null });
        sendJson(res, answer.status, answer.body, setCookie);
        return;
      }
      sendJson(res, 404, err('not_found', 'No such address.'), setCookie);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, err('invalid_input', 'Use GET.'));
      return;
    }
    serveStatic(options.rendererDir, url.pathname, res, setCookie);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((cause: unknown) => {
      console.error('[apron] request failed', cause);
      if (!res.headersSent) sendJson(res, 500, err('internal', 'Something went wrong inside Apron.'));
      else res.end();
    });
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const session = readSessionCookie(req.headers.cookie);
    if (url.pathname !== '/api/events' || !session || !isSameOrigin(req, port)) {
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.set(ws, session);
      ws.on('close', () => sockets.delete(ws));
      ws.on('error', () => sockets.delete(ws));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${host}:${port}`,
    port,
    core,
    close: async () => {
      unsubscribe();
      for (const socket of sockets.keys()) socket.terminate();
      wss.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await Promise.all([printWorker?.stop(), scannerWorker?.stop(), backupWorker?.stop()]);
      core.close();
    },
  };
}
