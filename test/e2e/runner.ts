/**
 * A tiny mocha-free runner for the in-editor (extension host) e2e tests.
 *
 * Each suite entry (extensionTestsPath) exports `run(): Promise<void>` and calls runSuite():
 * the tests run in order, each result is printed (it reaches the terminal through the
 * VS Code automation log) and appended to $CHINH_DANH_E2E_RESULTS (JSON lines) so that
 * test/e2e/run.mjs can print the totals; run() rejects when any test failed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export interface TestCase {
  name: string;
  fn: () => unknown | Promise<unknown>;
  /** default 30 s */
  timeoutMs?: number;
}

export async function runSuite(title: string, tests: TestCase[]): Promise<void> {
  const resultsFile = process.env.CHINH_DANH_E2E_RESULTS;
  console.log(`\n${title} (VS Code ${vscode.version}, ${vscode.env.appName}, ui ${vscode.UIKind[vscode.env.uiKind]})`);
  let failed = 0;
  for (const t of tests) {
    const started = Date.now();
    let error: unknown;
    try {
      await withTimeout(Promise.resolve().then(t.fn), t.timeoutMs ?? 30_000, t.name);
    } catch (e) {
      error = e;
    }
    const ms = Date.now() - started;
    if (error === undefined) {
      console.log(`  ✔ ${t.name} (${ms} ms)`);
    } else {
      failed++;
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      console.log(`  ✘ ${t.name} (${ms} ms)\n      ${detail.split('\n').join('\n      ')}`);
    }
    if (resultsFile) {
      fs.appendFileSync(
        resultsFile,
        JSON.stringify({ suite: title, name: t.name, ok: error === undefined, ms }) + '\n',
      );
    }
  }
  console.log(`${title}: ${tests.length - failed} passed, ${failed} failed`);
  if (failed) throw new Error(`${failed} of ${tests.length} e2e tests failed in "${title}"`);
}

async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(`assertion failed: ${message}`);
}

/** Polls until probe() returns a truthy value; returns it, or throws after timeoutMs. */
export async function waitFor<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The fixture workspace (a fresh temp copy of test/e2e/fixtures/workspace). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert(folder, 'a workspace folder is open');
  return folder.uri;
}

export function fixtureUri(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'));
}

export async function openFixture(relative: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(relative));
  return vscode.window.showTextDocument(doc);
}

export const EXTENSION_ID = 'chinh-danh.chinh-danh';

/** The code actions (and bare commands) every provider offers on `range`, as the light bulb would list them. */
export async function codeActionsAt(
  uri: vscode.Uri,
  range: vscode.Range,
): Promise<(vscode.CodeAction | vscode.Command)[]> {
  return (
    (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      uri,
      range,
    )) ?? []
  );
}

export function isCodeAction(a: vscode.CodeAction | vscode.Command): a is vscode.CodeAction {
  return typeof (a as vscode.Command).command !== 'string';
}

export function basename(uri: vscode.Uri): string {
  return path.posix.basename(uri.path);
}
