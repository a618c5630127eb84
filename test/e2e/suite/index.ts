/**
 * In-editor suite (extension development mode) for Chính Danh. Bundled by the harness to
 * out/e2e/suite/index.js and run in a real VS Code on a fresh copy of test/e2e/fixtures/workspace/.
 * Every wait polls (waitFor); there are no fixed sleeps.
 */
import { runSuite } from '../runner';
import { asOfTests } from './as-of';
import { commandTests } from './commands';
import { diagnosticTests } from './diagnostics';
import { editingTests } from './editing';
import { editorPolishTests } from './editor-polish';
import { teamGlossaryTests } from './team-glossary';

export async function run(): Promise<void> {
  await runSuite('Chính Danh e2e (development)', [
    commandTests[0], // activation + commands first: everything else needs the extension
    ...diagnosticTests,
    ...asOfTests,
    ...editingTests,
    ...teamGlossaryTests,
    ...commandTests.slice(1),
    ...editorPolishTests,
  ]);
}
