/**
 * The compiled-glossary cache: what it gives back equals what the YAML gives, and it is never trusted over the
 * files — an edited file, another build, another format or a damaged snapshot means the YAML is read again.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { serialize } from 'node:v8';
import { check, complete, hover, type Glossary } from '../../server/src/engine';
import { probeText } from '../../server/src/engine/glossary/compiled';
import { readSnapshot, snapshotKey, writeSnapshot } from '../../server/src/node/glossary-cache';
import {
  bundledGlossaryDir,
  listYamlFiles,
  loadGlossary,
  type GlossaryLoadResult,
} from '../../server/src/node/glossary-loader';
import { ROOT } from '../support/build';

const OPTIONS = { asOf: '2026-03-10', today: '2026-03-10' };

describe('compiled-glossary cache', () => {
  let work: string;
  let glossaryDir: string;
  let cacheDir: string;
  let fresh: GlossaryLoadResult;
  const load = () => loadGlossary([glossaryDir], { cacheDir });
  const snapshots = () => fs.readdirSync(cacheDir).filter((n) => n.endsWith('.snapshot'));
  const onlySnapshot = () => path.join(cacheDir, snapshots()[0]);

  before(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'chinh-danh-cache-'));
    glossaryDir = path.join(work, 'glossary');
    cacheDir = path.join(work, 'cache');
    fs.cpSync(bundledGlossaryDir(), glossaryDir, { recursive: true });
    fresh = loadGlossary([glossaryDir], { cacheDir: undefined });
    assert.deepEqual(fresh.problems, []);
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  /** Stores the current files' glossary in an empty cache and reads it back. */
  const cachedAgain = (): GlossaryLoadResult => {
    fs.rmSync(cacheDir, { recursive: true, force: true });
    const first = load();
    assert.equal(first.fromCache, undefined);
    assert.ok(first.persist);
    first.persist();
    assert.equal(snapshots().length, 1);
    return load();
  };

  const texts = (): string[] => [
    ...fs.readdirSync(path.join(ROOT, 'samples')).map((f) => fs.readFileSync(path.join(ROOT, 'samples', f), 'utf8')),
    probeText(fresh.glossary!.data, 400),
  ];

  const assertSameGlossary = (a: Glossary, b: Glossary) => {
    assert.deepEqual(a.data, b.data);
    // The phrase index as it is searched and stored: the same nodes, forms and targets, in the same order.
    assert.deepEqual(a.phrases.toCompact(), b.phrases.toCompact());
    for (const text of texts()) {
      assert.deepEqual(check(text, a, OPTIONS), check(text, b, OPTIONS));
      for (const at of [10, Math.floor(text.length / 2), text.length - 5])
        assert.deepEqual(hover(text, at, a, OPTIONS), hover(text, at, b, OPTIONS));
    }
    for (const typed of ['Hôm nay to lam', 'theo nghi quyet 34', 'bo truong bo ngoai'])
      assert.deepEqual(complete(typed, typed.length, a, OPTIONS), complete(typed, typed.length, b, OPTIONS));
  };

  test('a glossary read from the cache equals the one built from the YAML: data, index, findings, hovers', () => {
    const cached = cachedAgain();
    assert.equal(cached.fromCache, true);
    assert.equal(cached.persist, undefined);
    assert.deepEqual(cached.problems, []);
    assert.deepEqual(cached.locations, fresh.locations);
    assert.deepEqual(cached.origins, fresh.origins);
    assert.deepEqual(
      cached.files.map((f) => f.path),
      fresh.files.map((f) => f.path),
    );
    assertSameGlossary(cached.glossary!, fresh.glossary!);
  });

  test('a cached glossary parses a section when first read, and answers the same whichever is read first', () => {
    cachedAgain();
    const stillStored = (g: Glossary) =>
      ['people', 'documents', 'terms'].filter((s) => Object.getOwnPropertyDescriptor(g.data, s)?.get !== undefined);
    const fresh1 = load().glossary!;
    assert.deepEqual(stillStored(fresh1), ['people', 'documents', 'terms'], 'nothing parsed at load');
    assert.equal(fresh1.entryCount(), fresh.glossary!.entryCount());
    assert.equal(stillStored(fresh1).length, 3, 'counting entries parses nothing');
    const [sample] = texts();
    const firsts: Array<(g: Glossary) => unknown> = [
      (g) => check(sample, g, OPTIONS),
      (g) => hover(sample, Math.floor(sample.length / 2), g, OPTIONS),
      (g) => complete('theo nghi quyet 34', 18, g, OPTIONS),
      (g) => g.holdingsOf.size,
      (g) => g.documentsByNumber.size,
    ];
    for (const first of firsts) {
      const cached = load();
      assert.equal(cached.fromCache, true);
      assert.deepEqual(first(cached.glossary!), first(fresh.glossary!));
      assertSameGlossary(cached.glossary!, fresh.glossary!);
    }
  });

  test('an edited file gives another key: the YAML is read, and the edit is seen', () => {
    cachedAgain();
    const file = listYamlFiles(glossaryDir).find((f) => f.endsWith('terms.yaml'))!;
    const before = fs.readFileSync(file, 'utf8');
    try {
      fs.writeFileSync(file, before.replace('canonical: Đại hội XIV\n', 'canonical: Đại hội lần thứ mười bốn\n'));
      const edited = load();
      assert.equal(edited.fromCache, undefined);
      assert.equal(edited.glossary!.terms.get('dai-hoi-xiv')?.canonical, 'Đại hội lần thứ mười bốn');
    } finally {
      fs.writeFileSync(file, before);
    }
    assert.equal(load().fromCache, true, 'the first files are found again under their own key');
  });

  test('the key hashes a file read from disk by its bytes, and changes with any byte of them', () => {
    const text = 'terms: []\n';
    const bytes = Buffer.from(text, 'utf8');
    const key = (files: Array<{ path: string; text: string; bytes?: Uint8Array }>) => snapshotKey(files, 'build')!;
    const onDisk = key([{ path: '/g/a.yaml', text, bytes }]);
    assert.equal(onDisk, key([{ path: '/g/a.yaml', text: 'ignored when the bytes are there', bytes }]));
    assert.notEqual(onDisk, key([{ path: '/g/a.yaml', text }]), 'an editor buffer is keyed apart');
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
    assert.notEqual(onDisk, key([{ path: '/g/a.yaml', text, bytes: withBom }]), 'bytes the decoder drops count');
    const flipped = Buffer.from(bytes);
    flipped[3] ^= 1;
    assert.notEqual(onDisk, key([{ path: '/g/a.yaml', text, bytes: flipped }]));
    assert.notEqual(onDisk, key([{ path: '/g/b.yaml', text, bytes }]));
    // Loaded from disk, the files carry their bytes until their text, the bytes decoded, is read (a load from the
    // cache reads none).
    const loaded = cachedAgain();
    assert.equal(loaded.fromCache, true);
    for (const f of loaded.files) {
      const raw = f.bytes;
      assert.ok(raw);
      assert.equal(f.text, new TextDecoder().decode(raw));
      assert.equal(f.bytes, undefined);
    }
  });

  test('a snapshot written by another build or in another format is never read', () => {
    const key = snapshotKey(fresh.files)!;
    const otherBuild = snapshotKey(fresh.files, 'another-build')!;
    assert.notEqual(key, otherBuild);
    fs.rmSync(cacheDir, { recursive: true, force: true });
    assert.ok(
      writeSnapshot(otherBuild, fresh.glossary!, { locations: fresh.locations, origins: fresh.origins! }, cacheDir),
    );
    assert.equal(load().fromCache, undefined, 'another build: another name');

    // Even under this build's name, the header gives a foreign snapshot away.
    fs.rmSync(cacheDir, { recursive: true, force: true });
    assert.ok(writeSnapshot(key, fresh.glossary!, { locations: fresh.locations, origins: fresh.origins! }, cacheDir));
    const ours = onlySnapshot();
    const good = fs.readFileSync(ours);
    const nl = good.indexOf(0x0a);
    const withHeader = (change: (h: Record<string, unknown>) => void) => {
      const header = JSON.parse(good.toString('utf8', 0, nl)) as Record<string, unknown>;
      change(header);
      fs.writeFileSync(ours, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), good.subarray(nl + 1)]));
    };
    withHeader((h) => (h.key = otherBuild));
    assert.equal(readSnapshot(key, cacheDir), undefined);
    withHeader((h) => (h.format = 999));
    assert.equal(readSnapshot(key, cacheDir), undefined);
    assert.equal(fs.existsSync(ours), false, 'an unusable snapshot is removed');
    withHeader(() => {});
    assert.ok(readSnapshot(key, cacheDir), 'the untouched snapshot is read');
  });

  test('a corrupted, truncated or ill-formed snapshot is ignored and the YAML read instead', () => {
    cachedAgain();
    const file = onlySnapshot();
    const good = fs.readFileSync(file);
    const nl = good.indexOf(0x0a);
    // A body of the right kind (a structured clone), with the right seal, but not the outline of a glossary.
    const body = serialize({ locations: {}, origins: {}, compiled: { data: { people: [] } } });
    const header = JSON.parse(good.toString('utf8', 0, nl)) as Record<string, unknown>;
    const seal = (nonsense: Buffer) => {
      const h = { ...header, bytes: nonsense.length, sha256: createHash('sha256').update(nonsense).digest('hex') };
      return Buffer.concat([Buffer.from(`${JSON.stringify(h)}\n`), nonsense]);
    };
    const wellSealedNonsense = seal(body);
    // Sections that are not JSON arrays, or that lack their counts.
    const notArrays = { json: { people: '{}' }, lengths: { people: 0 } };
    const sectionNonsense = seal(serialize({ locations: '{}', origins: '{}', sections: notArrays }));
    const flipped = Buffer.from(good);
    flipped[nl + 1 + Math.floor((good.length - nl) / 2)] ^= 0x20;
    for (const damaged of [
      flipped,
      good.subarray(0, good.length - 100),
      good.subarray(0, nl),
      Buffer.from('not a snapshot at all'),
      Buffer.alloc(0),
      wellSealedNonsense,
      sectionNonsense,
    ]) {
      fs.writeFileSync(file, damaged);
      const result = load();
      assert.equal(result.fromCache, undefined);
      assert.deepEqual(result.problems, []);
      assertSameGlossary(result.glossary!, fresh.glossary!);
      // Written again from the files, it is read again.
      result.persist!();
      assert.equal(load().fromCache, true);
    }
  });

  test('a phrase index that does not read back is not stored: the trie is built again from the stored data', () => {
    fs.rmSync(cacheDir, { recursive: true, force: true });
    const first = load();
    const phrases = first.glossary!.phrases;
    const good = phrases.toCompact();
    // A compact form this build cannot read (its header counts more strings than it holds).
    phrases.toCompact = () => ({ ...good, strings: good.strings.slice(1) });
    first.persist!();
    const cached = load();
    assert.equal(cached.fromCache, true);
    assertSameGlossary(cached.glossary!, fresh.glossary!);
  });

  test('nothing is cached for a glossary with problems, nor with the cache turned off', () => {
    fs.rmSync(cacheDir, { recursive: true, force: true });
    const broken = path.join(work, 'broken');
    fs.mkdirSync(broken, { recursive: true });
    fs.writeFileSync(path.join(broken, 'g.yaml'), 'terms:\n  - id: x\n    canonical: [unclosed\n');
    const bad = loadGlossary([broken], { cacheDir });
    assert.equal(bad.glossary, undefined);
    assert.equal(bad.persist, undefined);
    const off = loadGlossary([glossaryDir], { cacheDir: undefined });
    assert.equal(off.persist, undefined);
    assert.equal(fs.existsSync(cacheDir), false);
  });
});
