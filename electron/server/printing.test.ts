import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Result } from '../../shared/contract/index.ts';
import { startCapturePrinter } from '../../hardware/printer/capturePrinter.ts';
import { cast, tempDir, TEST_VERSION } from '../core/testing/testCore.ts';
import { startServer } from './server.ts';

// The browser-mode host runs the print worker: a job the core queues reaches the printer,
// and closing the server stops the worker before the database closes.

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

describe('the server host prints', () => {
  it('a test page saved and asked for over the dispatcher arrives at the printer, and the server closes cleanly', async () => {
    const printer = await startCapturePrinter();
    onTestFinished(() => printer.close());
    const root = tempDir('apron-print-host-');
    const server = await startServer({ port: 0, dataDir: path.join(root, 'data'), rendererDir: root, testMode: true, version: TEST_VERSION, printing: { statusEveryMs: 50 } });
    let closed = false;
    onTestFinished(async () => {
      if (!closed) await server.close();
    });
    const call = (method: string, input: unknown): Result<unknown> => server.core.dispatch({ session: 'till', method, input });
    const { manager } = cast;
    valueOf(call('cafe.setUp', { cafe: { name: 'Back Yard Café', address: '12 Canal Street' }, manager: { displayName: manager.displayName, pin: manager.pin } }));
    valueOf(call('auth.loginWithPin', { staffId: (valueOf(call('auth.loginTiles', {})) as { id: string }[])[0]!.id, pin: manager.pin }));
    valueOf(
      call('printing.saveSettings', {
        receipt: { kind: 'network', host: printer.host, port: printer.port },
        columns: 42,
        printEverySale: true,
        drawerPin: 2,
        drawerTenders: ['cash'],
        logo: null,
        kitchen: { kind: 'none' },
        kitchenColumns: 42,
        kitchenCategoryIds: [],
      }),
    );
    valueOf(call('printing.testPage', { openDrawer: true }));
    const [job] = await printer.waitForJobs(1, 5000);
    expect(job!.decode().text.join('\n')).toContain('TEST PAGE');
    expect(job!.decode().drawerPulses).toEqual([{ pin: 2 }]);
    await server.close();
    closed = true;
  });
});
