import { createServer, Socket, type Server } from 'node:net';
import { Worker } from 'node:worker_threads';
import { decodeEscPos, type DecodedEscPos } from '../escpos/decode.ts';

// A network receipt printer for tests, on 127.0.0.1: it keeps every byte it is sent, splits
// them into jobs at each cut (as a real printer finishes a receipt), answers real-time status
// requests (DLE EOT n) as a printer in the state the test chose would, and can be driven into
// the faults a café meets: switched off, out of paper, lid open, slow, or dropping the
// connection half-way through a receipt.

export type CaptureState = 'ready' | 'paper_out' | 'cover_open';

export interface CapturedJob {
  bytes: Uint8Array;
  /** Ended by a cut; false for bytes the sender finished without one (a drawer pulse on its own). */
  cut: boolean;
  /** The printer's state when the job arrived. */
  state: CaptureState;
  decode(): DecodedEscPos;
}

export interface CapturePrinter {
  readonly host: '127.0.0.1';
  readonly port: number;
  jobs(): CapturedJob[];
  /** Every byte received, status requests included, in order. */
  received(): Uint8Array;
  /** The n of every DLE EOT n received. */
  statusRequests(): number[];
  /** Connections accepted so far. */
  connections(): number;
  waitForJobs(count: number, timeoutMs?: number): Promise<CapturedJob[]>;
  setState(state: CaptureState): void;
  /** Stop answering status requests (some printers never do). */
  answerStatus(answer: boolean): void;
  /** Wait this long before reading each piece of what arrives (0: read at once). */
  setSlow(delayMs: number): void;
  /** Reset the connection once this many bytes of it have arrived (null: never). */
  dropMidJob(afterBytes: number | null): void;
  /** Switched off: connections are refused and open ones are cut. */
  goOffline(): Promise<void>;
  /** Switched on again, on the same port. */
  comeBack(): Promise<void>;
  clear(): void;
  close(): Promise<void>;
}

const DLE = 0x10;
const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;

/**
 * The replies of an Epson-style printer to DLE EOT 1 (printer), 2 (offline cause), 3 (error)
 * and 4 (paper sensor). Bits 1 and 4 are always set; out of paper or lid open, the printer is
 * offline (bit 3 of n = 1).
 */
export function statusReplyFor(state: CaptureState, n: number): number {
  const fixed = 0x12;
  switch (n) {
    case 1:
      return state === 'ready' ? fixed : fixed | 0x08;
    case 2:
      return state === 'cover_open' ? fixed | 0x04 : state === 'paper_out' ? fixed | 0x20 : fixed;
    case 3:
      return fixed;
    case 4:
      return state === 'paper_out' ? fixed | 0x60 : fixed;
    default:
      return fixed;
  }
}

/** The length of the ESC/POS command starting at `p`, or null when more bytes are needed. */
function commandLength(buf: Uint8Array, p: number): number | null {
  const have = buf.length - p;
  const b = buf[p] ?? 0;
  const at = (k: number): number => buf[p + k] ?? 0;
  if (b === DLE || b === ESC || b === GS || b === FS) {
    if (have < 2) return null;
    const c = at(1);
    let length: number;
    if (b === DLE) length = c === 0x04 ? 3 : 2;
    else if (b === ESC) length = c === 0x40 || c === 0x32 ? 2 : c === 0x70 ? 5 : 3;
    else if (b === FS) length = 2;
    else if (c === 0x56) {
      if (have < 3) return null;
      length = at(2) === 65 || at(2) === 66 ? 4 : 3;
    } else if (c === 0x28) {
      if (have < 5) return null;
      length = 5 + at(3) + at(4) * 256;
    } else if (c === 0x76) {
      if (have < 8) return null;
      length = 8 + (at(4) + at(5) * 256) * (at(6) + at(7) * 256);
    } else if (c === 0x50) length = 4;
    else length = 3;
    return have >= length ? length : null;
  }
  return 1;
}

/** One connection's bytes, cut into jobs; status requests are answered, not printed. */
class JobSplitter {
  private pending = new Uint8Array(0);
  private job: number[] = [];

  constructor(
    private readonly onStatus: (n: number) => void,
    private readonly onJob: (bytes: Uint8Array, cut: boolean) => void,
  ) {}

  feed(chunk: Uint8Array): void {
    const buf = new Uint8Array(this.pending.length + chunk.length);
    buf.set(this.pending);
    buf.set(chunk, this.pending.length);
    let p = 0;
    while (p < buf.length) {
      const length = commandLength(buf, p);
      if (length === null) break;
      const first = buf[p];
      const second = buf[p + 1];
      if (first === DLE && second === 0x04) this.onStatus(buf[p + 2] ?? 0);
      else {
        for (let k = 0; k < length; k += 1) this.job.push(buf[p + k] ?? 0);
        if (first === GS && second === 0x56) this.finish(true);
      }
      p += length;
    }
    this.pending = buf.slice(p);
  }

  /** The sender closed its side: whatever is left is a job without a cut. */
  end(): void {
    for (const b of this.pending) this.job.push(b);
    this.pending = new Uint8Array(0);
    // Line feeds after a cut only move paper; they are not a job.
    if (this.job.some((b) => b !== 0x0a && b !== 0x0d)) this.finish(false);
  }

  private finish(cut: boolean): void {
    this.onJob(Uint8Array.from(this.job), cut);
    this.job = [];
  }
}

export async function startCapturePrinter(options: { port?: number } = {}): Promise<CapturePrinter> {
  let state: CaptureState = 'ready';
  let answering = true;
  let slowMs = 0;
  let dropAfter: number | null = null;
  let accepted = 0;
  let received: Uint8Array[] = [];
  let statusRequests: number[] = [];
  let jobs: CapturedJob[] = [];
  let waiters: { count: number; resolve: () => void }[] = [];
  const sockets = new Set<Socket>();
  let server: Server | null = null;

  const notify = (): void => {
    waiters = waiters.filter((w) => {
      if (jobs.length < w.count) return true;
      w.resolve();
      return false;
    });
  };

  const onConnection = (socket: Socket): void => {
    accepted += 1;
    sockets.add(socket);
    let bytesIn = 0;
    let closed = false;
    const readSlowly = (): void => {
      socket.pause();
      setTimeout(() => {
        if (!socket.destroyed) socket.resume();
      }, slowMs).unref();
    };
    if (slowMs > 0) readSlowly();
    const splitter = new JobSplitter(
      (n) => {
        statusRequests.push(n);
        if (answering && !closed) socket.write(Uint8Array.of(statusReplyFor(state, n)));
      },
      (bytes, cut) => {
        jobs.push({ bytes, cut, state, decode: () => decodeEscPos(bytes) });
        notify();
      },
    );
    socket.on('data', (chunk: Buffer) => {
      if (closed) return;
      let piece: Uint8Array = chunk;
      if (dropAfter !== null && bytesIn + piece.length >= dropAfter) {
        piece = piece.subarray(0, Math.max(0, dropAfter - bytesIn));
        received.push(Uint8Array.from(piece));
        bytesIn += piece.length;
        closed = true;
        // A reset, as a printer that lost power mid-receipt: the sender must not take it for a finished job.
        socket.resetAndDestroy();
        return;
      }
      received.push(Uint8Array.from(piece));
      bytesIn += piece.length;
      splitter.feed(piece);
      if (slowMs > 0) readSlowly();
    });
    socket.on('end', () => {
      if (closed) return;
      splitter.end();
      socket.end();
    });
    socket.on('error', () => {
      // The sender went away; nothing to print.
    });
    socket.on('close', () => {
      closed = true;
      sockets.delete(socket);
    });
  };

  const listen = (port: number): Promise<Server> =>
    new Promise((resolve, reject) => {
      const s = createServer(onConnection);
      s.once('error', reject);
      s.listen({ host: '127.0.0.1', port }, () => {
        s.off('error', reject);
        resolve(s);
      });
    });

  const stop = async (): Promise<void> => {
    const s = server;
    server = null;
    for (const socket of sockets) socket.destroy();
    sockets.clear();
    if (s !== null) await new Promise<void>((resolve) => s.close(() => resolve()));
  };

  server = await listen(options.port ?? 0);
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The capture printer has no port.');
  const port = address.port;

  return {
    host: '127.0.0.1',
    port,
    jobs: () => [...jobs],
    received: () => Buffer.concat(received),
    statusRequests: () => [...statusRequests],
    connections: () => accepted,
    waitForJobs(count, timeoutMs = 2000) {
      if (jobs.length >= count) return Promise.resolve([...jobs]);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== waiter);
          reject(new Error(`The capture printer had ${jobs.length} job(s) after ${timeoutMs} ms, not ${count}.`));
        }, timeoutMs);
        const waiter = {
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve([...jobs]);
          },
        };
        waiters.push(waiter);
      });
    },
    setState(next) {
      state = next;
    },
    answerStatus(answer) {
      answering = answer;
    },
    setSlow(delayMs) {
      slowMs = delayMs;
    },
    dropMidJob(afterBytes) {
      dropAfter = afterBytes;
    },
    goOffline: stop,
    async comeBack() {
      if (server === null) server = await listen(port);
    },
    clear() {
      received = [];
      statusRequests = [];
      jobs = [];
    },
    close: stop,
  };
}

/**
 * A port that takes connections into the kernel's queue but never accepts them, its queue
 * filled: a new connection hangs as to a printer that is switched off behind a switch that
 * drops packets. For connect timeouts. The listener lives on a worker thread kept busy, so
 * nothing in this process accepts.
 */
export async function startUnacceptingListener(): Promise<{ host: '127.0.0.1'; port: number; close(): Promise<void> }> {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const net = require('node:net');
     const server = net.createServer(() => {});
     server.listen({ host: '127.0.0.1', port: 0, backlog: 1 }, () => {
       parentPort.postMessage(server.address().port);
       setTimeout(() => {
         while (Atomics.load(workerData, 0) === 0) Atomics.wait(workerData, 0, 0, 50);
         server.close();
         process.exit(0);
       }, 20);
     });`,
    { eval: true, workerData: flag },
  );
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await new Promise((r) => setTimeout(r, 60));
  // Fill the accept queue: once a connection no longer completes, the queue is full.
  const fillers: Socket[] = [];
  for (let k = 0; k < 16; k += 1) {
    const socket = new Socket();
    socket.on('error', () => {});
    fillers.push(socket);
    const connected = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 150);
      socket.connect({ host: '127.0.0.1', port }, () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    if (!connected) break;
  }
  return {
    host: '127.0.0.1',
    port,
    async close() {
      for (const socket of fillers) socket.destroy();
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
      await new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    },
  };
}
