/**
 * The Getting Started walkthrough (package.json contributes.walkthroughs): every title, description and media path is
 * localized through package.nls*.json; each step's media exists in English and in Vietnamese (docs/walkthrough/en|vi)
 * with the same buttons; every command link goes to a command that exists; and the sample draft it opens has exactly
 * the findings the walkthrough describes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureBuilt } from '../support/build';
import { cli } from '../cli/run-cli';

const root = path.resolve(__dirname, '..', '..');
const readJson = (rel: string) => JSON.parse(fs.readFileSync(path.join(root, rel), 'utf8'));
const pkg = readJson('package.json');
const nls: Record<'en' | 'vi', Record<string, string>> = {
  en: readJson('package.nls.json'),
  vi: readJson('package.nls.vi.json'),
};

interface Step {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string; image?: string };
  completionEvents?: string[];
}
interface Walkthrough {
  id: string;
  title: string;
  description: string;
  steps: Step[];
}

const walkthroughs: Walkthrough[] = pkg.contributes.walkthroughs ?? [];
const ours = new Set<string>((pkg.contributes.commands as { command: string }[]).map((c) => c.command));
/** VS Code's own commands the walkthrough links to. */
const BUILT_IN = new Set([
  'editor.action.quickFix',
  'workbench.actions.view.problems',
  'workbench.action.openSettings',
  'workbench.trust.manage',
]);
const settings = new Set(Object.keys(pkg.contributes.configuration.properties));

function localized(value: string, locale: 'en' | 'vi'): string {
  const m = /^%([^%]+)%$/.exec(value);
  assert.ok(m, `"${value}" is a %key% of package.nls*.json`);
  const text = nls[locale][m[1]];
  assert.ok(
    typeof text === 'string' && text.trim().length > 0,
    `package.nls${locale === 'vi' ? '.vi' : ''}.json: ${m[1]}`,
  );
  return text;
}

function commandLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(command:([\w.]+)/g)].map((m) => m[1]);
}

test('one walkthrough, covering the date, a finding, its fix, adding a name, the glossary, other editors', () => {
  assert.equal(walkthroughs.length, 1);
  const [w] = walkthroughs;
  assert.equal(w.id, 'gettingStarted');
  assert.deepEqual(
    w.steps.map((s) => s.id),
    ['asOfDate', 'seeFinding', 'quickFix', 'addName', 'glossary', 'otherEditors'],
  );
});

test('titles, descriptions and media paths are localized in English and Vietnamese', () => {
  for (const w of walkthroughs) {
    for (const locale of ['en', 'vi'] as const) {
      localized(w.title, locale);
      localized(w.description, locale);
    }
    assert.notEqual(localized(w.title, 'en'), localized(w.title, 'vi'));
    for (const step of w.steps) {
      assert.ok(step.media.markdown, `${step.id}: markdown media`);
      const en = localized(step.media.markdown, 'en');
      const vi = localized(step.media.markdown, 'vi');
      assert.match(en, /^docs\/walkthrough\/en\/[\w-]+\.md$/, `${step.id} (en)`);
      assert.equal(vi, en.replace('/en/', '/vi/'), `${step.id}: the Vietnamese media is the same file under vi/`);
      for (const key of [step.title, step.description]) {
        assert.notEqual(localized(key, 'en'), localized(key, 'vi'), `${step.id}: ${key} is translated`);
      }
    }
  }
});

test('every step has a button, and its media exists in both languages with the same command links', () => {
  for (const step of walkthroughs.flatMap((w) => w.steps)) {
    for (const locale of ['en', 'vi'] as const) {
      const description = localized(step.description, locale);
      assert.ok(commandLinks(description).length > 0, `${step.id} (${locale}): a command button in the description`);
    }
    const en = fs.readFileSync(path.join(root, localized(step.media.markdown!, 'en')), 'utf8');
    const vi = fs.readFileSync(path.join(root, localized(step.media.markdown!, 'vi')), 'utf8');
    assert.deepEqual(commandLinks(vi), commandLinks(en), `${step.id}: the same links in the vi and en media`);
    assert.match(
      vi,
      /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i,
      `${step.id}: the vi media is Vietnamese`,
    );
  }
});

test('every command link and completion event names a command or setting that exists', () => {
  const texts: string[] = [];
  for (const step of walkthroughs.flatMap((w) => w.steps)) {
    for (const locale of ['en', 'vi'] as const) {
      texts.push(localized(step.description, locale));
      texts.push(fs.readFileSync(path.join(root, localized(step.media.markdown!, locale)), 'utf8'));
    }
    for (const event of step.completionEvents ?? []) {
      const [kind, name] = event.split(':');
      if (kind === 'onCommand') assert.ok(ours.has(name) || BUILT_IN.has(name), `${step.id}: ${event}`);
      else if (kind === 'onSettingChanged') assert.ok(settings.has(name), `${step.id}: ${event}`);
      else assert.fail(`${step.id}: unexpected completion event ${event}`);
    }
  }
  for (const command of texts.flatMap(commandLinks)) {
    assert.ok(ours.has(command) || BUILT_IN.has(command), `command link to ${command}`);
  }
});

test('the sample draft has exactly the four findings the walkthrough describes', () => {
  ensureBuilt();
  const r = cli(['check', '--format', 'json', '--fail-on', 'never', 'docs/walkthrough/sample-draft.md']);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout) as { files: { diagnostics: { code: string }[] }[] };
  assert.deepEqual(
    report.files[0].diagnostics.map((d) => d.code),
    ['outdated-title', 'not-in-glossary', 'document-symbol', 'term-variant'],
  );
  for (const locale of ['en', 'vi']) {
    const media = fs.readFileSync(path.join(root, `docs/walkthrough/${locale}/see-a-finding.md`), 'utf8');
    for (const code of ['outdated-title', 'not-in-glossary', 'document-symbol', 'term-variant']) {
      assert.ok(media.includes(`\`${code}\``), `${locale}/see-a-finding.md names ${code}`);
    }
  }
});
