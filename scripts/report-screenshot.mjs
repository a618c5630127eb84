// Renders the HTML report of the bundled samples and takes its screenshot in headless Chromium, failing on any
// console error, page error or request that leaves the page (the report must be self-contained).
// Usage: npm run build && node scripts/report-screenshot.mjs [--locale vi|en] [--out FILE.png]
// Checks samples/ with `chinh-danh check --format html -o` into a temporary file (as of 2026-11-23, the samples'
// own date) and writes images/report.png. Uses the Debian Chromium that the real-editor tests install
// (/usr/bin/chromium, or CHINH_DANH_CHROMIUM) through playwright-core, already a dev dependency; nothing is
// downloaded. Exit status: 0 written, 1 the page misbehaved, 2 no Chromium, no build or the CLI failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './e2e/harness.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({
  options: { locale: { type: 'string', default: 'vi' }, out: { type: 'string' } },
});
const png = resolve(opts.out ?? join(ROOT, 'images', 'report.png'));
const WIDTH = 1100;
const HEIGHT = 900;

const fail = (code, message) => {
  console.error(`report-screenshot: ${message}`);
  process.exit(code);
};
if (!existsSync(CHROMIUM)) fail(2, `no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHINH_DANH_CHROMIUM)`);
if (!existsSync(join(ROOT, 'dist', 'cli.js'))) fail(2, 'dist/cli.js is missing: run `npm run build` first');

const tmp = mkdtempSync(join(tmpdir(), 'chinh-danh-report-'));
const problems = [];
let findings = 0;
try {
  const html = join(tmp, 'bao-cao.html');
  // The samples are dated 2026-11-23, so the outdated titles show; --fail-on never: the findings are the point.
  const cli = spawnSync(
    process.execPath,
    [
      ...['bin/chinh-danh.js', 'check', '--format', 'html', '--locale', opts.locale],
      ...['--fail-on', 'never', '-o', html, 'samples/'],
    ],
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, CHINH_DANH_TODAY: '2026-11-23' } },
  );
  if (cli.status !== 0) {
    rmSync(tmp, { recursive: true, force: true });
    fail(2, `chinh-danh check exited with ${cli.status ?? cli.signal}`);
  }

  // A persistent context is how playwright takes a --user-data-dir: a fresh one, removed with the temp folder.
  const context = await chromium.launchPersistentContext(join(tmp, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', ...CHROMIUM_ARGS],
    viewport: { width: WIDTH, height: HEIGHT },
    deviceScaleFactor: 1,
    locale: opts.locale === 'en' ? 'en-US' : 'vi-VN',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    page.on('request', (r) => !r.url().startsWith('file:') && problems.push(`request leaving the page: ${r.url()}`));
    await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
    findings = await page.locator('li.finding').count();
    if (findings === 0) problems.push('the report shows no finding');
    if ((await page.locator('li.finding blockquote mark').count()) === 0) problems.push('no highlighted span');
    mkdirSync(dirname(png), { recursive: true });
    await page.screenshot({ path: png, clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT } });
  } finally {
    await context.close();
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
if (problems.length) fail(1, `the report misbehaved in Chromium:\n${problems.join('\n')}`);
console.log(`report-screenshot: ${findings} findings; wrote ${png}`);
