/**
 * The tools a team would pick instead, fed from the same glossary data, run in this process on the same texts:
 *
 * - textlint + textlint-rule-prh, the usual "wrong form → expected form" dictionary linter. Its dictionary says
 *   what a dictionary can: a discouraged term form → the preferred one, a dissolved body's name → its successor,
 *   a title with the name of someone who left the office → "nguyên …" (unless already so written), and a
 *   document symbol with its separators swapped → the right symbol. It cannot know dates.
 * - cspell with its Vietnamese dictionary, the glossary's words as custom words and the same wrong forms as
 *   flagWords (a spell checker works word by word, so a multi-word form can only be flagged if one word is).
 *
 * Each returns the spans it reports, so the bench can count which planted errors it caught.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { TextlintKernel } from '@textlint/kernel';
import markdown from '@textlint/textlint-plugin-markdown';
import prh from 'textlint-rule-prh';
import type { GlossaryData } from '../server/src/engine';

export interface Reported {
  start: number;
  end: number;
}

export interface WrongForm {
  /** A regular expression source (prh's "/…/" form) or a literal. */
  pattern: string;
  regex: boolean;
  expected: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The wrong forms a dictionary can list, derived from the glossary's data. */
export function wrongForms(data: GlossaryData): WrongForm[] {
  const out: WrongForm[] = [];
  for (const t of data.terms)
    for (const d of t.discouraged ?? [])
      out.push({ pattern: d.form, regex: false, expected: d.preferred ?? t.canonical });
  const bodies = new Map(data.bodies.map((b) => [b.id, b]));
  for (const b of data.bodies) {
    const successor = b.until ? bodies.get(b.successors?.[0] ?? '') : undefined;
    if (successor) out.push({ pattern: b.name, regex: false, expected: successor.name });
  }
  const offices = new Map(data.offices.map((o) => [o.id, o]));
  for (const p of data.people)
    for (const t of p.titles) {
      const o = offices.get(t.office);
      if (!o?.single || !t.to || p.titles.some((x) => x.office === t.office && !x.to)) continue;
      const written = `${o.title} ${p.name}`;
      out.push({ pattern: `(?<!nguyên )${escape(written)}`, regex: true, expected: `nguyên ${written}` });
    }
  for (const d of data.documents) {
    const party = d.symbol && /^(\d+)-([A-ZĐ]+)\/([\p{Lu}\d]+)$/u.exec(d.symbol);
    const state = d.symbol && /^(\d+)\/([A-ZĐ]+)-([\p{Lu}\d]+)$/u.exec(d.symbol);
    if (party) out.push({ pattern: `${party[1]}/${party[2]}-${party[3]}`, regex: false, expected: d.symbol! });
    if (state) out.push({ pattern: `${state[1]}-${state[2]}/${state[3]}`, regex: false, expected: d.symbol! });
  }
  // One rule per written form (a name may be stale for two offices): prh refuses duplicate patterns.
  const seen = new Set<string>();
  return out.filter((f) => !seen.has(f.pattern) && seen.add(f.pattern));
}

/** prh's YAML dictionary (strings quoted as JSON, which YAML reads the same). */
export function prhDictionary(forms: WrongForm[]): string {
  const lines = ['version: 1', 'rules:'];
  for (const f of forms) {
    lines.push(`  - expected: ${JSON.stringify(f.expected)}`);
    // Always as a regular expression: prh escapes "-" in literal patterns, which its "u" flag then rejects.
    lines.push(`    pattern: ${JSON.stringify(`/${f.regex ? f.pattern : escape(f.pattern)}/`)}`);
  }
  return `${lines.join('\n')}\n`;
}

export interface Linter {
  name: string;
  /** The spans the tool reports on `text`. */
  run(text: string): Promise<Reported[]>;
  /** Rules or words it was given. */
  size: number;
}

/** textlint's kernel with the Markdown plugin and textlint-rule-prh reading the generated dictionary. */
export function textlintPrh(forms: WrongForm[], workDir: string, tag: string): Linter {
  const dictionary = join(workDir, `prh-${tag}.yml`);
  writeFileSync(dictionary, prhDictionary(forms));
  const kernel = new TextlintKernel();
  const offsets = (text: string) => {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  };
  return {
    name: 'textlint + prh',
    size: forms.length,
    async run(text) {
      const result = await kernel.lintText(text, {
        ext: '.md',
        filePath: join(workDir, 'doc.md'),
        plugins: [{ pluginId: 'markdown', plugin: markdown }],
        rules: [{ ruleId: 'prh', rule: prh, options: { rulePaths: [dictionary] } }],
      });
      const lines = offsets(text);
      return result.messages.map((m) => {
        const start = m.range?.[0] ?? lines[m.line - 1] + m.column - 1;
        return { start, end: m.range?.[1] ?? start + 1 };
      });
    },
  };
}

/** All words of the glossary's accepted written forms: the custom words a team would add. */
function glossaryWords(data: GlossaryData): string[] {
  const words = new Set<string>();
  const add = (s: string | undefined) => {
    for (const w of s?.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) words.add(w);
  };
  for (const p of data.people) [p.name, ...(p.aliases ?? [])].forEach(add);
  for (const o of data.offices) [o.title, o.role, ...(o.forms ?? [])].forEach(add);
  for (const b of data.bodies) [b.name, ...(b.aliases ?? [])].forEach(add);
  for (const t of data.terms) [t.canonical, ...(t.variants ?? [])].forEach(add);
  for (const d of data.documents) add(d.subject);
  return [...words];
}

/** cspell (cspell-lib) with the Vietnamese dictionary, the glossary's words and the wrong forms as flagWords. */
export async function cspell(data: GlossaryData, forms: WrongForm[]): Promise<Linter> {
  const lib = await import('cspell-lib');
  const require = createRequire(__filename);
  const words = glossaryWords(data);
  const flagWords = forms.map((f) => (f.regex ? f.expected.replace(/^nguyên /, '') : f.pattern));
  const settings = {
    version: '0.2' as const,
    language: 'vi',
    import: [require.resolve('@cspell/dict-vi-vn/cspell-ext.json')],
    words,
    flagWords,
    // Check the whole text and report every problem (the defaults stop at 500 K characters and 100 problems).
    checkLimit: 100_000,
    maxNumberOfProblems: 10_000_000,
    maxDuplicateProblems: 10_000_000,
  };
  return {
    name: 'cspell',
    size: words.length + flagWords.length,
    async run(text) {
      const result = await lib.spellCheckDocument(
        { uri: 'file:///bench/doc.md', text, languageId: 'markdown', locale: 'vi' },
        { generateSuggestions: false, noConfigSearch: true },
        settings,
      );
      return result.issues.map((i) => ({ start: i.offset, end: i.offset + i.text.length }));
    },
  };
}
