import { Socket } from 'node:net';
import { DEFAULT_TIMEOUTS, PrinterError, type PrinterPort, type PrinterTimeouts } from './port.ts';
import { parseStatusReplies, STATUS_REQUESTS, type StatusReplies } from './statusReply.ts';

// A network receipt printer on raw TCP (port 9100). One connection per job: connect, write,
// close our side and wait for the printer to close its own, which it does only once it has
// read every byte. Printers take one connection at a time, so this port's sends and status
// checks take turns.

interface NetworkConnection {
  host: string;
  port: number;
}

function where(c: NetworkConnection): string {
  return `${c.host}:${c.port}`;
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} seconds` : `${ms} ms`;
}

/** A connection error in words for the settings screen. */
function reachError(c: NetworkConnection, error: NodeJS.ErrnoException): PrinterError {
  switch (error.code) {
    case 'ECONNREFUSED':
      return new PrinterError(`The printer at ${where(c)} refused the connection. Check it is switched on and that the port is right (usually 9100).`, 'offline');
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new PrinterError(`No printer called ${c.host} was found on the network. Check the address.`, 'offline');
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new PrinterError(`The printer at ${where(c)} cannot be reached. Check its network cable and that it is on the café’s network.`, 'offline');
    default:
      return new PrinterError(`The printer at ${where(c)} could not be reached (${error.code ?? error.message}).`, 'offline');
  }
}

/** Opens a TCP connection, or fails with a PrinterError once `connectMs` has passed. */
function connect(c: NetworkConnection, timeouts: PrinterTimeouts, live: Set<Socket>): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = new Socket();
    live.add(socket);
    socket.once('close', () => live.delete(socket));
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new PrinterError(`The printer at ${where(c)} did not answer within ${seconds(timeouts.connectMs)}. Check it is switched on and connected.`, 'offline'));
    }, timeouts.connectMs);
    socket.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      socket.destroy();
      reject(reachError(c, error));
    });
    socket.connect({ host: c.host, port: c.port }, () => {
      clearTimeout(timer);
      socket.removeAllListeners('error');
      socket.setNoDelay(true);
      resolve(socket);
    });
  });
}

/** Writes the job and waits for the printer to have read it all, within `writeMs`. */
function writeJob(c: NetworkConnection, socket: Socket, bytes: Uint8Array, timeouts: PrinterTimeouts): Promise<void> {
  return new Promise((resolve, reject) => {
    let finished = false;
    let settled = false;
    const fail = (error: PrinterError): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      reject(error);
    };
    const dropped = (): PrinterError => new PrinterError(`The printer at ${where(c)} dropped the connection part-way through. The receipt may not have printed in full.`, 'offline');
    const timer = setTimeout(() => {
      fail(new PrinterError(`The printer at ${where(c)} did not take the whole job within ${seconds(timeouts.writeMs)}. It may be busy, or the connection is poor.`, 'offline'));
    }, timeouts.writeMs);
    socket.on('data', () => {
      // Automatic status messages some printers send; the job does not wait on them.
    });
    socket.on('error', () => fail(dropped()));
    socket.on('finish', () => {
      finished = true;
    });
    socket.on('end', () => {
      // The printer closing before it has all of our bytes is a dropped job, not a printed one.
      if (!finished) fail(dropped());
    });
    socket.on('close', (hadError) => {
      if (settled) return;
      if (hadError || !finished) return fail(dropped());
      settled = true;
      clearTimeout(timer);
      resolve();
    });
    socket.end(bytes);
  });
}

/** Asks DLE EOT 1, 2 and 4 and collects the three answer bytes, or what came before `writeMs`. */
function askStatus(socket: Socket, timeouts: PrinterTimeouts): Promise<StatusReplies> {
  return new Promise((resolve) => {
    const answers: number[] = [];
    const done = (): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ printer: answers[0], offlineCause: answers[1], paper: answers[2] });
    };
    const timer = setTimeout(done, timeouts.writeMs);
    socket.on('data', (chunk: Buffer) => {
      answers.push(...chunk);
      if (answers.length >= 3) done();
    });
    socket.on('error', done);
    socket.on('close', done);
    socket.write(Uint8Array.of(0x10, 0x04, STATUS_REQUESTS.printer, 0x10, 0x04, STATUS_REQUESTS.offlineCause, 0x10, 0x04, STATUS_REQUESTS.paper));
  });
}

export function openNetworkPrinter(connection: NetworkConnection, timeouts: PrinterTimeouts = DEFAULT_TIMEOUTS): PrinterPort {
  const live = new Set<Socket>();
  let turn: Promise<unknown> = Promise.resolve();
  let closed = false;
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const next = turn.then(work, work);
    turn = next.catch(() => undefined);
    return next;
  };

  return {
    send(bytes) {
      return inTurn(async () => {
        if (closed) throw new PrinterError('The printer connection was closed.', 'offline');
        const socket = await connect(connection, timeouts, live);
        await writeJob(connection, socket, bytes, timeouts);
      });
    },
    status() {
      return inTurn(async () => {
        try {
          const socket = await connect(connection, timeouts, live);
          return parseStatusReplies(await askStatus(socket, timeouts));
        } catch (error) {
          if (error instanceof PrinterError) return { state: error.state, message: error.message };
          return { state: 'offline' as const, message: `The printer at ${where(connection)} could not be reached.` };
        }
      });
    },
    async close() {
      closed = true;
      for (const socket of live) socket.destroy();
      live.clear();
    },
  };
}
