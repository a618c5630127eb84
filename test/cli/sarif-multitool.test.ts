/**
 * The CLI's SARIF, validated by Microsoft's SARIF Multitool (`@microsoft/sarif-multitool` from the npm registry; its
 * self-contained binary ships inside the package, nothing is downloaded at test time). It checks the 2.1.0 schema
 * and the SARIF authoring rules at the levels it fails on by default (error, warning). One warning is expected:
 * SARIF2005 asks for the tool's `informationUri`, and the project has no public web address to give. (Its "note"
 * suggestions — PascalCase rule ids, message-string ids, version-control provenance — are style advice we do not
 * follow: the check codes are a public contract.)
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ensureBuilt } from '../support/build';
import { makeDocx } from './docx-fixture';
import { cli } from './run-cli';

const EXPECTED_NOTES = new Set(['SARIF2005']);

function multitoolBinary(): string | undefined {
  try {
    // The package's main export is the path of the platform's binary.
    // The package exports only a path (CommonJS); an import would need a default-interop shim for one string.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bin = require('@microsoft/sarif-multitool') as string;
    return fs.existsSync(bin) ? bin : undefined;
  } catch {
    return undefined;
  }
}

describe('SARIF validated by the SARIF Multitool', () => {
  let dir: string;
  const bin = multitoolBinary();

  before(async () => {
    ensureBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chinh-danh-sarif-'));
    fs.writeFileSync(
      path.join(dir, 'a.md'),
      'Ngày 23/11/2026, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ tại Nghị quyết 34/NQ-TW.\n',
    );
    fs.mkdirSync(path.join(dir, 'sub dir'));
    fs.writeFileSync(path.join(dir, 'sub dir', 'b.txt'), 'Văn kiện Đại hội 14 đã được thông qua.\n');
    fs.writeFileSync(path.join(dir, 'du-thao.docx'), (await makeDocx()).bytes);
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test(
    '[engine] `validate` finds no error and no warning but the missing informationUri',
    { skip: !bin && 'no SARIF Multitool binary for this platform' },
    () => {
      for (const locale of ['vi', 'en']) {
        const r = cli(['check', '--format', 'sarif', '--locale', locale, '-o', 'out.sarif', '.'], { cwd: dir });
        assert.equal(r.status, 1, r.stderr);
        const log = JSON.parse(fs.readFileSync(path.join(dir, 'out.sarif'), 'utf8'));
        assert.ok(log.runs[0].results.length >= 4);
        const v = spawnSync(bin!, ['validate', 'out.sarif', '--output', `validation-${locale}.sarif`], {
          cwd: dir,
          encoding: 'utf8',
          // .NET needs ICU for culture data unless told to run culture-invariant; the container may lack libicu.
          env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
          timeout: 120_000,
        });
        assert.equal(v.status, 0, v.stdout + v.stderr);
        const validation = JSON.parse(fs.readFileSync(path.join(dir, `validation-${locale}.sarif`), 'utf8'));
        const findings = validation.runs.flatMap(
          (run: { results?: Array<{ ruleId: string; level?: string; message: { text?: string } }> }) =>
            run.results ?? [],
        );
        const unexpected = findings.filter((f: { ruleId: string }) => !EXPECTED_NOTES.has(f.ruleId));
        assert.deepEqual(unexpected, [], `${locale}: ${JSON.stringify(unexpected, null, 1)}`);
      }
    },
  );
});
