/** Loading glossary folders from disk and keep-last-good reloads. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Glossary } from '../../server/src/engine';
import { emptyGlossaryData as empty } from '../../server/src/engine/glossary/parse';
import {
  bundledGlossaryDir,
  listYamlFiles,
  loadGlossary,
  type GlossaryLoadResult,
} from '../../server/src/node/glossary-loader';
import { AFTER_LOAD_DELAY_MS, GlossaryStore } from '../../server/src/node/glossary-store';
import { ROOT } from '../support/build';

describe('glossary loader', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chinh-danh-loader-'));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.mkdirSync(path.join(dir, '.hidden'));
    fs.writeFileSync(path.join(dir, 'b.yaml'), 'terms: []\n');
    fs.writeFileSync(path.join(dir, 'a.yml'), 'terms: []\n');
    fs.writeFileSync(path.join(dir, 'sub', 'c.yaml'), 'terms: []\n');
    fs.writeFileSync(path.join(dir, '.hidden', 'd.yaml'), 'terms: [\n');
    fs.writeFileSync(path.join(dir, 'notes.md'), '# not yaml\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('bundledGlossaryDir finds <root>/glossary from source (tsx) as from dist', () => {
    assert.equal(bundledGlossaryDir(), path.join(ROOT, 'glossary'));
  });

  test('lists *.yaml and *.yml recursively, sorted, skipping dot folders', () => {
    assert.deepEqual(listYamlFiles(dir), [
      path.join(dir, 'a.yml'),
      path.join(dir, 'b.yaml'),
      path.join(dir, 'sub', 'c.yaml'),
    ]);
  });

  test('loads a folder into a Glossary with no problems', () => {
    const result = loadGlossary([dir]);
    assert.deepEqual(result.problems, []);
    assert.ok(result.glossary instanceof Glossary);
    assert.equal(result.files.length, 3);
  });

  test('a missing folder is a problem', () => {
    const result = loadGlossary([path.join(dir, 'missing')]);
    assert.equal(result.glossary, undefined);
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0].message, /not found/);
  });

  test('open-buffer overrides replace the text on disk', () => {
    const overrides = new Map([[path.join(dir, 'a.yml'), 'terms: [ # unsaved edit\n']]);
    const result = loadGlossary([dir], { overrides });
    assert.equal(result.files.find((f) => f.path.endsWith('a.yml'))?.text, 'terms: [ # unsaved edit\n');
  });

  test('[engine] a YAML syntax error is reported with file, line and column', () => {
    const overrides = new Map([[path.join(dir, 'a.yml'), 'terms:\n  - id: x\n    canonical: [unclosed\n']]);
    const result = loadGlossary([dir], { overrides });
    assert.equal(result.glossary, undefined);
    assert.ok(result.problems.length > 0);
    assert.equal(result.problems[0].file, path.join(dir, 'a.yml'));
    assert.ok(result.problems[0].line >= 1);
  });

  test('[engine] the bundled glossary loads without problems', () => {
    const result = loadGlossary([bundledGlossaryDir()]);
    assert.deepEqual(result.problems, []);
    assert.ok(result.glossary);
  });
});

describe('GlossaryStore (keep last good)', () => {
  const good = (tag: string): GlossaryLoadResult => ({
    glossary: new Glossary(empty()),
    problems: [],
    locations: { [tag]: { file: `${tag}.yaml`, line: 1 } },
    files: [],
  });
  const bad: GlossaryLoadResult = {
    problems: [{ file: 'x.yaml', line: 3, column: 5, message: 'boom' }],
    locations: {},
    files: [],
  };

  test('keeps the previous glossary when a reload has problems, and exposes them', () => {
    const results = [good('first'), bad, good('third')];
    const store = new GlossaryStore(
      () => results.shift()!,
      () => ['bundled'],
    );
    assert.equal(store.reload().ok, true);
    const first = store.glossary;
    assert.ok(first);

    const failed = store.reload();
    assert.equal(failed.ok, false);
    assert.equal(failed.changed, false);
    assert.equal(store.glossary, first);
    assert.deepEqual(store.problems, [{ file: 'x.yaml', line: 3, column: 5, message: 'boom' }]);
    assert.ok('first' in store.locations, 'locations of the last good load are kept too');

    assert.equal(store.reload().ok, true);
    assert.notEqual(store.glossary, first);
    assert.deepEqual(store.problems, []);
    assert.ok('third' in store.locations);
  });

  test('writes the compiled glossary to the cache only once no draft is being checked', (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    let written = 0;
    const store = new GlossaryStore(
      () => ({ ...good('first'), persist: () => written++ }),
      () => ['bundled'],
    );
    let checking = true;
    store.busy = () => checking;
    assert.equal(store.reload().ok, true);
    t.mock.timers.tick(AFTER_LOAD_DELAY_MS);
    t.mock.timers.tick(AFTER_LOAD_DELAY_MS);
    assert.equal(written, 0, 'not while checking');
    checking = false;
    t.mock.timers.tick(AFTER_LOAD_DELAY_MS);
    assert.equal(written, 1);
    t.mock.timers.tick(10 * AFTER_LOAD_DELAY_MS);
    assert.equal(written, 1, 'once');
  });

  test('with nothing good yet and a broken extra folder, falls back to the bundled glossary alone', () => {
    const calls: string[][] = [];
    const store = new GlossaryStore(
      (dirs) => {
        calls.push([...dirs]);
        return dirs.length > 1 ? bad : good('bundled');
      },
      () => ['bundled'],
    );
    store.setExtraDirs(['/extra']);
    const outcome = store.reload();
    assert.equal(outcome.ok, false);
    assert.equal(outcome.changed, true);
    assert.ok(store.glossary);
    assert.equal(store.problems.length, 1);
    assert.deepEqual(calls[1], ['bundled']);
  });
});
