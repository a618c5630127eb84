/**
 * The HTML report (`--format html`) in a real browser: Debian's headless Chromium (the one the real-editor tests
 * install with scripts/e2e/install-vscode.sh) driven by playwright-core. The page is built by the CLI as a process from
 * a draft written here; any console error, page error or request that leaves the page fails the test, and the flagged
 * words must be on screen, highlighted. Skipped, saying so, only where there is no Chromium at /usr/bin/chromium.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ensureBuilt } from '../support/build';
import { cli } from './run-cli';

const CHROMIUM = '/usr/bin/chromium';
const FLAGGED = 'Bộ trưởng Ngoại giao Bùi Thanh Sơn';
const DRAFT = [
  '---',
  'date: 2026-11-23',
  '---',
  '',
  '# Tin đối ngoại',
  '',
  `Chiều 23/11, ${FLAGGED} tiếp Đại sứ <b>Pháp</b> & "đoàn".`,
  '',
].join('\n');
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** What the page does wrong, as it happens: console errors, uncaught errors, failed requests, requests elsewhere. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (q) => problems.push(`request failed: ${q.url()}`));
  page.on('request', (q) => {
    if (!q.url().startsWith('file:')) problems.push(`request leaving the page: ${q.url()}`);
  });
  return problems;
}

const SKIP = !fs.existsSync(CHROMIUM) && `no Chromium at ${CHROMIUM} (apt-get install chromium, as e2e does)`;

describe('HTML report in headless Chromium', { skip: SKIP }, () => {
  let dir: string;
  let context: BrowserContext;

  before(async () => {
    ensureBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chinh-danh-report-browser-'));
    fs.writeFileSync(path.join(dir, 'tin-doi-ngoai.md'), DRAFT);
    // A fresh profile: playwright takes --user-data-dir only through a persistent context.
    context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1000, height: 800 },
    });
  });

  after(async () => {
    await context?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the watch sees a page that misbehaves (so a clean report is not a vacuous pass)', async () => {
    const bad = path.join(dir, 'bad.html');
    fs.writeFileSync(
      bad,
      '<!doctype html><title>x</title><img src="http://127.0.0.1:9/x.png">' +
        '<script>console.error("boom"); setTimeout(() => { throw new Error("bang"); });</script>',
    );
    const page = await context.newPage();
    const problems = watch(page);
    try {
      await page.goto(pathToFileURL(bad).href, { waitUntil: 'load' });
      await page.waitForTimeout(200);
    } finally {
      await page.close();
    }
    const kinds = new Set(problems.map((p) => p.split(':')[0]));
    for (const k of ['console error', 'page error', 'request leaving the page']) {
      assert.ok(kinds.has(k), `${k} in ${problems.join('; ')}`);
    }
  });

  for (const locale of ['vi', 'en']) {
    test(`[${locale}] opens without errors and shows the highlighted span`, async () => {
      const report = `bao-cao.${locale}.html`;
      const r = cli(['check', '--format', 'html', '--locale', locale, '-o', report, 'tin-doi-ngoai.md'], { cwd: dir });
      assert.equal(r.status, 1, `the outdated title makes the run fail\n${r.stderr}`);

      const page = await context.newPage();
      const problems = watch(page);
      try {
        const response = await page.goto(pathToFileURL(path.join(dir, report)).href, { waitUntil: 'load' });
        assert.ok(response === null || response.ok(), 'the report loads');
        assert.equal(await page.locator('html').getAttribute('lang'), locale);

        const finding = page.locator('section.check[data-code="outdated-title"] li.finding');
        assert.equal(await finding.count(), 1);
        const mark = finding.locator('blockquote mark');
        assert.equal(await mark.count(), 1);
        assert.equal(await mark.innerText(), FLAGGED);
        assert.ok(await mark.isVisible(), 'the highlighted span is on screen');
        const box = await mark.boundingBox();
        assert.ok(box && box.width > 50 && box.height > 5, `the span has a size: ${JSON.stringify(box)}`);
        const background = await mark.evaluate('(el) => getComputedStyle(el).backgroundColor');
        assert.notEqual(background, 'rgba(0, 0, 0, 0)', 'the span is highlighted, not transparent');
        // The draft's markup-like text is shown as text, not parsed.
        assert.match(await finding.locator('blockquote').innerText(), /<b>Pháp<\/b> & "đoàn"/);
        assert.equal(await page.locator('b', { hasText: 'Pháp' }).count(), 0);

        // Printable: the print styles apply and a PDF comes out, still without errors.
        await page.emulateMedia({ media: 'print' });
        const pdf = await page.pdf({ format: 'A4' });
        assert.ok(pdf.subarray(0, 5).toString('latin1') === '%PDF-' && pdf.length > 1000, 'a PDF is printed');
        assert.deepEqual(problems, [], 'no console error, page error or outside request');
      } finally {
        await page.close();
      }
    });
  }
});
