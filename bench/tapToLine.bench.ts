import { chromium, type CDPSession, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { Core } from '../electron/core/app.ts';
import { startServer } from '../electron/server/server.ts';
import { percentile, report } from './report.ts';

// Tap to line: a trainee taps a product button and the line appears in the basket. Measured
// inside Chromium (Debian's, headless, as the end-to-end tests use) on the screens as built
// now, served by the browser-mode server, with the sample café plus 500 generated products
// in one category: all 500 buttons are drawn in the grid at once, the hardest case for it.
//
// In the page: the pointerdown event's own timestamp (when the input arrived), then a
// MutationObserver on the basket's lines sees the new or changed line, and the next
// requestAnimationFrame (the frame that paints it) takes performance.now(). The tap is a
// real press and release sent through the browser's input pipeline, landing at a spread of
// points within a frame, as fingers do. Most taps add a new line, every fifth taps the same
// product again (one more on its line); the basket is cleared every 40 taps (not measured),
// so it holds up to 40 lines, as a busy order would. Also reported: the till's own work
// (input to the line in the page, before the frame) and how many frames the line took
// (1 = the very next frame).

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PRODUCTS = 500;
const WARM_UP = 20;
const TAPS = 200;
const CLEAR_EVERY = 40;

function call(core: Core, session: string, method: string, input: unknown): unknown {
  const result = core.dispatch({ session, method, input });
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

/** The sample café, 500 more products in one category (made by a manager through the dispatcher), the till opened. */
function setUpCafe(core: Core): void {
  call(core, 'bench-office', 'cafe.loadSample', {});
  const tiles = call(core, 'bench-office', 'auth.loginTiles', {}) as { id: string; displayName: string }[];
  const idOf = (name: string): string => tiles.find((t) => t.displayName === name)?.id ?? '';
  call(core, 'bench-office', 'auth.loginWithPin', { staffId: idOf('Maya Manager'), pin: '1111' });
  const category = call(core, 'bench-office', 'catalogue.saveCategory', { name: 'Everything', colour: '#1d4f91', position: 0 }) as { id: string };
  for (let i = 0; i < PRODUCTS; i++) {
    call(core, 'bench-office', 'catalogue.saveProduct', {
      name: `Item ${String(i + 1).padStart(3, '0')}`,
      categoryId: category.id,
      pricePence: 100 + ((i * 37) % 400),
      vatClass: i % 3 === 0 ? 'cold_takeaway_zero' : 'standard',
      icon: ['☕', '🥪', '🍰', '🥤', ''][i % 5],
      position: i,
    });
  }
  call(core, 'bench-office', 'cash.open', { floatCounts: { '2000': 2, '1000': 4, '500': 3, '100': 5 } });
  call(core, 'bench-office', 'auth.logout', {});
}

async function logInAtTheTill(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: /Tom Trainee/ }).click();
  for (const digit of '3333') await page.getByRole('group', { name: 'PIN pad' }).getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: 'OK', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Hello, Tom' }).waitFor();
  await page.evaluate("window.location.hash = '#/till'");
  await page.getByRole('tab', { name: 'Everything' }).click();
  await page.locator('.product-button').nth(PRODUCTS - 1).waitFor();
}

/**
 * Listens in the page: pointerdown on a product → the frame that paints the basket's change.
 * A string, so that it runs in the page exactly as written (no bundler helpers).
 */
const LISTEN = `(() => {
  const taps = { frame: [], dom: [], frames: [] };
  window.__taps = taps;
  let startedAt = 0;
  // The first frame after the tap, to tell whether the line was painted in it.
  let firstFrame = 0;
  document.addEventListener('pointerdown', (e) => {
    if (!(e.target instanceof Element && e.target.closest('.product-button'))) return;
    startedAt = e.timeStamp;
    firstFrame = 0;
    requestAnimationFrame((t) => { firstFrame = t; });
  }, { capture: true });
  const lines = document.querySelector('[data-basket-lines]');
  if (!lines) throw new Error('no basket on the screen');
  new MutationObserver(() => {
    if (startedAt === 0) return;
    const from = startedAt;
    startedAt = 0;
    taps.dom.push(performance.now() - from);
    requestAnimationFrame((t) => {
      taps.frames.push(1 + Math.round((t - firstFrame) / (1000 / 60)));
      taps.frame.push(performance.now() - from);
    });
  }).observe(lines, { childList: true, subtree: true, characterData: true });
})()`;

interface Taps {
  frame: number[];
  dom: number[];
  frames: number[];
}

function tapsSoFar(page: Page): Promise<Taps> {
  return page.evaluate('window.__taps') as Promise<Taps>;
}

/** A fixed sequence of phases (0–16 ms), so a tap lands anywhere within a frame, the same way each run. */
function* phases(): Generator<number> {
  let x = 12345;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2147483648;
    yield (x / 2147483648) * 16;
  }
}
const phase = phases();

/**
 * A finger's tap on the button: press and release sent together as real input events through
 * the browser (Playwright's mouse.click awaits each, a few milliseconds apart, which is the
 * harness's delay, not the till's; the button adds on click, as touch buttons must).
 */
async function tap(page: Page, cdp: CDPSession, index: number, count: number): Promise<void> {
  const button = page.locator('.product-button').nth(index);
  await button.scrollIntoViewIfNeeded();
  const box = await button.boundingBox();
  if (!box) throw new Error(`product ${index} is not on the screen`);
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2, button: 'left' as const, clickCount: 1 };
  // The pointer moves over the button first (moves are delivered with the next frame).
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: at.x, y: at.y });
  // Let scrolling and hover settle into a painted frame, so each tap starts from a quiet
  // page; then wait a little, so the tap lands at any point of a frame, as a finger's would.
  await page.evaluate(`new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, ${phase.next().value as number}))))`);
  await Promise.all([cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...at }), cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...at })]);
  await page.evaluate(`new Promise((resolve) => { const check = () => (window.__taps.frame.length >= ${count} ? resolve() : setTimeout(check, 5)); check(); })`);
}

async function clearBasket(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Clear basket' }).click();
  await page.locator('[data-basket-lines] li').first().waitFor({ state: 'detached' });
}

export async function runTapToLineBench(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'apron-bench-tap-'));
  const rendererDir = mkdtempSync(path.join(os.tmpdir(), 'apron-bench-renderer-'));
  // The screens as they are now, built apart from dist/ so a test run elsewhere is untouched.
  await build({ configFile: path.join(root, 'renderer', 'vite.config.ts'), root: path.join(root, 'renderer'), logLevel: 'error', build: { outDir: rendererDir, emptyOutDir: true } });
  const server = await startServer({ port: 0, dataDir, rendererDir, testMode: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    setUpCafe(server.core);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
    await logInAtTheTill(page, server.url);
    await page.evaluate(LISTEN);
    const cdp = await page.context().newCDPSession(page);

    let taps = 0;
    let product = 0;
    for (let i = 0; i < WARM_UP + TAPS; i++) {
      if (i > 0 && i % CLEAR_EVERY === 0) await clearBasket(page);
      // Every fifth tap is the same product again: one more on its line.
      if (i % 5 !== 4) product = (product + 37) % PRODUCTS;
      taps += 1;
      await tap(page, cdp, product, taps);
    }
    const samples = await tapsSoFar(page);
    const frame = samples.frame.slice(WARM_UP);
    const dom = samples.dom.slice(WARM_UP);
    const frames = samples.frames.slice(WARM_UP);
    report({ name: 'till.tap_to_line_p95_ms', unit: 'ms', value: percentile(frame, 95) });
    report({ name: 'till.tap_to_line_p50_ms', unit: 'ms', value: percentile(frame, 50) });
    // The part that is the till's own work: input to the line in the page (before the frame).
    report({ name: 'till.tap_to_dom_p95_ms', unit: 'ms', value: percentile(dom, 95) });
    // 1 = painted in the very next frame after the tap.
    report({ name: 'till.tap_to_line_frames_p95', unit: 'count', value: percentile(frames, 95) });
  } finally {
    await browser.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(rendererDir, { recursive: true, force: true });
  }
}

// Run on its own: node --import tsx bench/tapToLine.bench.ts
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await runTapToLineBench();
