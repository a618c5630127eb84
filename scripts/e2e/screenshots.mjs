#!/usr/bin/env node
// npm run screenshots: starts the real VS Code of the e2e harness with this repository as the
// development extension, opens the fixture drafts and writes PNGs into images/screenshots/:
//   quick-fix.png    a diagnostic with its quick-fix menu open
//   completion.png   the completion list after typing "nghi quyet 34" and Ctrl+Space
//   hover.png        the hover over a person's name
// Needs `bash scripts/e2e/install-vscode.sh` (npm run test:e2e runs it). Builds first unless
// CHINH_DANH_E2E_NO_BUILD=1. Env: CHINH_DANH_SCREENSHOTS_DIR (default images/screenshots),
// CHINH_DANH_SCREENSHOTS_LOCALE (chinhDanh.locale for the messages, default vi).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  REPO,
  assertInstalled,
  launchBrowser,
  makeScratch,
  removeScratch,
  startServer,
  tailLog,
  waitForWorkbench,
  workbenchUrl,
} from './harness.mjs';

const OUT = path.resolve(process.env.CHINH_DANH_SCREENSHOTS_DIR || path.join(REPO, 'images/screenshots'));
const LOCALE = process.env.CHINH_DANH_SCREENSHOTS_LOCALE || 'vi';
const TIMEOUT_S = Number(process.env.CHINH_DANH_E2E_TIMEOUT || 240);
const say = (m) => console.log(`[screenshots] ${m}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

assertInstalled();
if (!process.env.CHINH_DANH_E2E_NO_BUILD) {
  const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

const scratch = makeScratch('chinh-danh-shots-');
const ws = path.join(scratch.base, 'workspace');
fs.cpSync(path.join(REPO, 'test/e2e/fixtures/workspace'), ws, { recursive: true });
// Presentation settings for the pictures (the fixture's own settings stay as they are).
const settingsFile = path.join(ws, '.vscode/settings.json');
const settings = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
Object.assign(settings, {
  'chinhDanh.locale': LOCALE,
  'workbench.colorTheme': 'Default Light Modern',
  'editor.fontSize': 15,
  // drafts are prose; Debian's monospace font misplaces stacked Vietnamese diacritics
  'editor.fontFamily': "'Noto Sans', 'DejaVu Sans', sans-serif",
  'editor.wordWrap': 'on',
  'editor.renderWhitespace': 'none',
  'breadcrumbs.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.commandCenter.enabled': false,
  'workbench.layoutControl.enabled': false,
  'window.commandCenter': false,
});
fs.writeFileSync(settingsFile, JSON.stringify(settings, null, 2));

let server;
let browser;
let code = 0;
const hard = setTimeout(async () => {
  console.error(`[screenshots] timeout after ${TIMEOUT_S} s`);
  await browser?.close();
  await server?.stop();
  process.exit(124);
}, TIMEOUT_S * 1000);

try {
  fs.mkdirSync(OUT, { recursive: true });
  server = await startServer({ scratch });
  browser = await launchBrowser({ scratch, viewport: { width: 1280, height: 760 } });
  const { page } = browser;
  await page.goto(workbenchUrl(server, { folder: ws, payload: [['extensionDevelopmentPath', server.remote(REPO)]] }));
  await waitForWorkbench(page);
  await sleep(1500); // let the startup notifications and views settle

  const key = async (...keys) => {
    for (const k of keys) {
      await page.keyboard.press(k);
      await sleep(150);
    }
  };
  const dismissNotifications = async () => {
    // "Clear all notifications" through the command palette is locale-dependent; close toasts directly.
    for (const b of await page.$$(
      '.notification-toast .codicon-notifications-clear, .notification-toast .codicon-close',
    )) {
      await b.click().catch(() => {});
    }
  };
  const openFile = async (name) => {
    await key('Control+P');
    await page.waitForSelector('.quick-input-widget', { state: 'visible' });
    await page.keyboard.type(name, { delay: 10 });
    await sleep(600);
    await key('Enter');
    await page.waitForSelector(`.tab.active[aria-label*="${path.basename(name)}"]`, { timeout: 15_000 });
    await page.click('.editor-instance .view-lines');
    await sleep(300);
  };
  const find = async (text) => {
    await key('Control+F');
    await page.keyboard.type(text, { delay: 10 });
    await key('Enter', 'Escape');
  };
  const shot = async (name) => {
    await sleep(500);
    const file = path.join(OUT, name);
    await page.screenshot({ path: file });
    say(`wrote ${path.relative(REPO, file)}`);
  };

  // (a) a diagnostic and its quick fixes
  await openFile('01-gap-song-phuong.md');
  await page.waitForSelector('.squiggly-error, .squiggly-warning, .squiggly-info', { timeout: 60_000 });
  await dismissNotifications();
  await find('Thanh Sơn');
  await key('ArrowLeft');
  await key('Control+.');
  await page.waitForSelector('.action-widget', { state: 'visible', timeout: 15_000 });
  await shot('quick-fix.png');
  await key('Escape');

  // (b) completion after "nghi quyet 34"
  await openFile('03-goi-y.md');
  await key('Control+End', 'Enter', 'Enter');
  await page.keyboard.type('Bài viết cần dẫn đúng nghi quyet 34', { delay: 15 });
  await sleep(300);
  await key('Control+Space');
  await page.waitForSelector('.suggest-widget.visible .monaco-list-row', { timeout: 20_000 });
  await sleep(400);
  await key('Control+Space'); // the details side panel: the full citation
  await sleep(400);
  await shot('completion.png');
  await key('Escape');

  // (c) hover over a person's name
  await openFile('01-gap-song-phuong.md');
  await find('Thanh Sơn');
  await key('ArrowLeft', 'ArrowRight');
  await key('Control+K', 'Control+I');
  await page.waitForSelector('.monaco-hover:not(.hidden) .hover-contents, .monaco-hover .rendered-markdown', {
    timeout: 20_000,
  });
  await sleep(400);
  await shot('hover.png');
} catch (e) {
  code = 1;
  console.error(`[screenshots] failed: ${e?.stack ?? e}`);
  await browser?.page.screenshot({ path: path.join(scratch.base, 'failure.png') }).catch(() => {});
  console.error(
    `[screenshots] the page at the failure: ${path.join(scratch.base, 'failure.png')}\n${tailLog(scratch)}`,
  );
  process.env.CHINH_DANH_E2E_KEEP = '1';
} finally {
  clearTimeout(hard);
  await browser?.close();
  await server?.stop();
  removeScratch(scratch);
}
process.exit(code);
