/**
 * The .vsix ships only what the installed extension needs (see .vscodeignore): packages the current
 * dist/ with vsce into a temp file (as `npm run package` does, without the production rebuild)
 * and checks every entry against an allow-list.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { test } from 'node:test';

const REPO = path.resolve(__dirname, '../..');

const REQUIRED = [
  'extension/package.json',
  'extension/package.nls.json',
  'extension/readme.md',
  'extension/changelog.md',
  'extension/LICENSE.txt',
  'extension/dist/extension.js',
  'extension/dist/server.js',
  'extension/images/icon.png',
  'extension/glossary/schema/glossary.schema.json',
  'extension/docs/walkthrough/sample-draft.md',
  'extension.vsixmanifest',
  '[Content_Types].xml',
  // The walkthrough's media in both languages (package.nls*.json name them).
  ...['package.nls.json', 'package.nls.vi.json'].flatMap((file) =>
    Object.entries(JSON.parse(fs.readFileSync(path.join(REPO, file), 'utf8')) as Record<string, string>)
      .filter(([key]) => /^walkthrough\.[\w]+\.media$/.test(key))
      .map(([, media]) => `extension/${media}`),
  ),
];
const ALLOWED: RegExp[] = [
  /^extension\/package\.nls\.[\w-]+\.json$/,
  /^extension\/glossary\/(?:[\w-]+\/)*[\w-]+\.yaml$/,
  /^extension\/glossary\/schema\/[\w.-]+\.json$/,
  /^extension\/syntaxes\/[\w.-]+\.json$/,
  /^extension\/l10n\/bundle\.l10n\.[\w-]+\.json$/,
  /^extension\/docs\/walkthrough\/(?:en|vi)\/[\w-]+\.md$/,
];

/** Entry names and contents of a zip file, from its central directory. */
function readZip(file: string): Map<string, Buffer> {
  const buf = fs.readFileSync(file);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, 'zip end-of-central-directory record');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50, 'central directory entry');
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(dataAt, dataAt + size);
    entries.set(name, method === 8 ? inflateRawSync(raw) : Buffer.from(raw));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

test('the .vsix contains exactly the allowed files', () => {
  if (!['dist/extension.js', 'dist/server.js'].every((f) => fs.existsSync(path.join(REPO, f)))) {
    const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, encoding: 'utf8' });
    assert.equal(b.status, 0, `node scripts/build.mjs: ${b.stderr}`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chinh-danh-vsix-'));
  try {
    const out = path.join(dir, 'test.vsix');
    const vsce = path.join(REPO, 'node_modules/@vscode/vsce/vsce');
    const r = spawnSync(
      process.execPath,
      [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out],
      { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    assert.equal(r.status, 0, `vsce package failed:\n${r.stdout}\n${r.stderr}`);

    const entries = readZip(out);
    const names = [...entries.keys()].sort();
    const unexpected = names.filter((n) => !REQUIRED.includes(n) && !ALLOWED.some((re) => re.test(n)));
    assert.deepEqual(unexpected, [], 'files outside the allow-list');
    const missing = REQUIRED.filter((n) => !entries.has(n));
    assert.deepEqual(missing, [], 'required files');
    assert.ok(
      names.some((n) => /^extension\/glossary\/[\w-]+\.yaml$/.test(n)),
      'the glossary YAML files',
    );
    assert.ok(!names.some((n) => n.endsWith('.map') || n.endsWith('.ts')), 'no source maps or sources');

    const manifest = JSON.parse(entries.get('extension/package.json')!.toString('utf8')) as {
      main: string;
      icon: string;
      engines: { vscode: string };
    };
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.icon, 'images/icon.png');
    // the harness runs VS Code 1.100.3: the engines range must admit it
    const m = /^\^(\d+)\.(\d+)\.\d+$/.exec(manifest.engines.vscode);
    assert.ok(
      m && Number(m[1]) === 1 && Number(m[2]) <= 100,
      `engines.vscode ${manifest.engines.vscode} admits 1.100.3`,
    );
    const icon = entries.get('extension/images/icon.png')!;
    assert.equal(icon.readUInt32BE(16), 128, 'icon width');
    assert.equal(icon.readUInt32BE(20), 128, 'icon height');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
