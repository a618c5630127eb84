// Renders the HTML report of the bundled samples and takes its screenshot in headless Chromium, failing on any
// console error, page error or request that leaves the page (the report must be self-contained).
// Usage: npm run build && node scripts/report-screenshot.mjs [--locale vi|en]
// Writes out/report/samples.html and images/screenshots/report.png. Uses the Debian Chromium that the real-editor
// tests install (/usr/bin/chromium, or CHINH_DANH_CHROMIUM) through playwright-core, already a dev dependency.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHINH_DANH_CHROMIUM || '/usr/bin/chromium';
const locale = process.argv.includes('--locale') ? process.argv[process.argv.indexOf('--locale') + 1] : 'vi';
const html = join(ROOT, 'out', 'report', 'samples.html');
const png = join(ROOT, 'images', 'screenshots', 'report.png');

if (!existsSync(CHROMIUM)) {
  console.error(`report-screenshot: no Chromium at ${CHROMIUM} (install Debian's chromium or set CHINH_DANH_CHROMIUM)`);
  process.exit(2);
}
mkdirSync(dirname(html), { recursive: true });
mkdirSync(dirname(png), { recursive: true });
// The samples are dated 2026, so outdated titles show; --fail-on never: findings are the point here.
const cli = spawnSync(
  process.execPath,
  ['bin/chinh-danh.js', 'check', '--format', 'html', '--locale', locale, '--fail-on', 'never', '-o', html, 'samples/'],
  { cwd: ROOT, stdio: 'inherit', env: { ...process.env, CHINH_DANH_TODAY: '2026-11-23' } },
);
if (cli.status !== 0) process.exit(cli.status ?? 2);

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const problems = [];
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1 });
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => !r.url().startsWith('file:') && problems.push(`request: ${r.url()}`));
  await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
  const findings = await page.locator('li.finding').count();
  if (findings === 0) problems.push('the report shows no finding');
  await page.screenshot({ path: png, clip: { x: 0, y: 0, width: 1100, height: 900 } });
  console.log(`report-screenshot: ${findings} findings; wrote ${png}`);
} finally {
  await browser.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
