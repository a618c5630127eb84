/** Keep-last-good per file: one broken team file neither hides the team's other files nor blocks a new entry. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { GlossaryStore } from '../../server/src/node/glossary-store';

const person = (name: string) =>
  `people:\n  - name: ${name}\n    titles:\n      - office: pho-thu-tuong\n        from: "2026"\n`;

describe('GlossaryStore with a broken file in a team folder', () => {
  let dir: string;
  let team: string;
  let other: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chinh-danh-fallback-'));
    team = path.join(dir, 'team.yaml');
    other = path.join(dir, 'other.yaml');
    fs.writeFileSync(team, person('Trịnh Văn Thử'));
    fs.writeFileSync(other, 'people:\n  - name: "không đóng\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a file that never loaded is left out; the good file of the same folder is in force', () => {
    const store = new GlossaryStore();
    store.setExtraDirs([dir]);
    const outcome = store.reload();
    assert.equal(outcome.ok, false);
    assert.ok(outcome.problems.every((p) => p.file === other));
    assert.ok(store.glossary?.people.has('trinh-van-thu'));
    assert.deepEqual(store.inForce, {
      extraFiles: [team],
      lastGoodFiles: [],
      leftOut: [other],
      stale: false,
      bundledOnly: false,
    });
  });

  test('an entry added to the good file takes effect although the other file is still broken', () => {
    const store = new GlossaryStore();
    store.setExtraDirs([dir]);
    store.reload();
    fs.appendFileSync(team, person('Trịnh Văn Mới').replace('people:\n', ''));
    assert.equal(store.reload().changed, true);
    assert.ok(store.glossary?.people.has('trinh-van-moi'));
  });

  test('a file broken after it loaded stays in force at its last good text', () => {
    const store = new GlossaryStore();
    store.setExtraDirs([dir]);
    store.reload();
    const overrides = new Map([[team, 'people: [\n']]);
    const outcome = store.reload({ overrides });
    assert.equal(outcome.ok, false);
    assert.ok(store.glossary?.people.has('trinh-van-thu'), 'the last good text of team.yaml is in force');
    assert.deepEqual(store.inForce.lastGoodFiles, [team]);
    assert.deepEqual(store.inForce.leftOut, [other]);
    assert.deepEqual(store.origins['trinh-van-thu'], [team]);
  });
});
