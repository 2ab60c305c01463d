import type { APIRequestContext } from '@playwright/test';
import { expectNoSeriousA11yProblems } from './a11y.ts';
import { expect, test, type Apron } from './fixtures.ts';
import { startWithSampleCafe } from './journeys.ts';
import { AuditPage } from './pages/AuditPage.ts';
import { HardwarePage } from './pages/HardwarePage.ts';
import { HidReaderPanel } from './pages/HidReaderPanel.ts';
import { HomePage } from './pages/HomePage.ts';
import type { LoginPage } from './pages/LoginPage.ts';

// A badge reader plugged in as a USB device (HID mode). The server runs with --test, so its
// scanner worker reads a fake USB bus: the test plugs the reader in, pulls it out and reads
// badges on it through /test/hid/*, and the reports travel the whole way as a real reader's do.

const READER = { vendorId: 0x0c2e, productId: 0x0b61, name: 'Acme Badge Reader' };
const READER_IDS = { vendorId: '0c2e', productId: '0b61' };

/** The fake reader on the counter: plugged in, pulled out, badges held to it. */
function usbReader(request: APIRequestContext, apron: Apron) {
  const post = async (route: string, data: unknown): Promise<void> => {
    const response = await request.post(`${apron.url}/test/hid/${route}`, { data, headers: { origin: apron.url } });
    expect(response.ok(), `/test/hid/${route} answered ${response.status()}: ${await response.text()}`).toBe(true);
  };
  return {
    plugIn: () => post('plug', READER),
    pullOut: () => post('unplug', { vendorId: READER.vendorId, productId: READER.productId }),
    read: (code: string) => post('type', { code }),
    /** A read that goes wrong half-way (the badge slid, too many keys at once). */
    misread: (code: string, kind: 'rollover' | 'unknown-key' | 'command-key') => post('garbage', { code, kind }),
    noise: () => post('garbage', { kind: 'wrong-size' }),
  };
}

async function managerOnHardware(login: LoginPage): Promise<HidReaderPanel> {
  await login.loginWithPin('Maya Manager', '1111');
  await new HardwarePage(login.page).open();
  return new HidReaderPanel(login.page);
}

test('a manager sets up a USB badge reader: missing until plugged in, then connected, and unplugged when pulled out', async ({ page, apron, request }) => {
  const usb = usbReader(request, apron);
  const reader = await managerOnHardware(await startWithSampleCafe(page));

  await reader.turnOn(READER_IDS);
  await reader.expectReader('No reader with the ids 0c2e:0b61 is plugged in. Check its USB cable, or choose the reader from the list of devices.');
  await expect(reader.form.getByText('No USB readers are plugged in that Apron can see.')).toBeVisible();
  await expectNoSeriousA11yProblems(page, 'hardware, reader missing');

  await usb.plugIn();
  await reader.expectReader('Acme Badge Reader (0c2e:0b61) is connected and ready.');
  await expect(reader.devices.getByRole('listitem')).toHaveText([/^Acme Badge Reader \(0c2e:0b61\)/]);
  await expect(reader.devices.getByRole('button', { name: /^Chosen/ })).toHaveAttribute('aria-pressed', 'true');
  await expectNoSeriousA11yProblems(page, 'hardware, reader connected');

  await usb.pullOut();
  await reader.expectReader('The reader (0c2e:0b61) was unplugged. Plug it back in and Apron will use it again.');
  await expect(reader.form.getByText('No USB readers are plugged in that Apron can see.')).toBeVisible();

  // Coming back to the screen later, it still says so; plugged back in, it is used again.
  await new HomePage(page).goHome();
  await new HardwarePage(page).open();
  await reader.expectReader('was unplugged');
  await usb.plugIn();
  await reader.expectReader('Acme Badge Reader (0c2e:0b61) is connected and ready.');
});

test('a trainee logs in by holding their badge to the USB reader; misreads change nothing', async ({ page, apron, request }) => {
  const usb = usbReader(request, apron);
  const login = await startWithSampleCafe(page);
  const reader = await managerOnHardware(login);
  await reader.turnOn(READER_IDS);
  await usb.plugIn();
  await reader.expectReader('is connected and ready.');
  const home = new HomePage(page);
  await home.logOut();
  await login.waitForScanner();

  // Noise on the line, then Sam's and Maya's badges read badly: nobody is logged in, nothing is said.
  // (Noise spoils whatever the reader reads next until an end key or a quiet half second, so it
  // comes first here: a good read straight after it would be dropped too, and read again.)
  await usb.noise();
  await usb.misread('APRON-SAM-0002', 'rollover');
  await usb.misread('APRON-MAYA-0001', 'unknown-key');
  await usb.misread('APRON-SAM-0002', 'command-key');
  await expect(login.heading).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  await usb.read('APRON-TOM-0003');
  await home.expectFor('Tom Trainee', 'Trainee');
  await home.logOut();

  // The audit log has one badge log-in, Tom's: no misread reached the till, not even as a wrong badge.
  await login.loginWithPin('Maya Manager', '1111');
  await home.open('Audit log');
  const audit = new AuditPage(page);
  await audit.expectShown();
  await audit.filterByAction('Logged in with a badge');
  await expect(audit.column(2)).toHaveText(['Tom Trainee']);
  await expect(audit.column(4)).toHaveText(['Done']);
});
