/**
 * The real-text evaluation shared by the test (real-dev.test.ts) and the report (npm run eval:real): the 60 dated
 * articles in ../shared/real-dev are checked as of their own date (every error or warning must be listed in
 * expected-alarms.yaml) and as of 2026-11-23 with their own date removed (every stale title+name mention annotated
 * in stale-mentions.yaml must be flagged). The articles are read, never copied into the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { analyze, check, statedDate, type Finding, type Glossary } from '../../server/src/engine';

export const REAL_DEV = resolve(__dirname, '../../../shared/real-dev');
export const TODAY = '2026-11-23';
export const available = (): boolean => existsSync(join(REAL_DEV, 'index.yaml'));

/** Codes that report facts; an error or warning of these on a correct article is a false alarm. */
export const LOUD = new Set<Finding['severity']>(['error', 'warning']);

export interface Article {
  file: string;
  date: string;
  text: string;
}

export interface Alarm {
  file: string;
  line: number;
  code: string;
  span: string;
  severity: Finding['severity'];
  message: string;
}

export interface ExpectedAlarm {
  file: string;
  line: number;
  code: string;
  span: string;
  reason: string;
}

export interface StaleMention {
  file: string;
  line: number;
  title: string;
  name: string;
  office: string;
  prefix?: string;
  sentenceDate?: string;
  staleToday: boolean;
  heldOnArticleDate?: boolean;
  today?: string;
  why?: string;
  source?: string;
  confidence?: string;
}

export function articles(): Article[] {
  const index = parse(readFileSync(join(REAL_DEV, 'index.yaml'), 'utf8')) as { file: string; date: string }[];
  return index.map((a) => ({ file: a.file, date: String(a.date), text: readFileSync(join(REAL_DEV, a.file), 'utf8') }));
}

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function toAlarm(a: Article, text: string, f: Finding): Alarm {
  return {
    file: a.file,
    line: lineOf(text, f.start),
    code: f.code,
    span: text.slice(f.start, f.end),
    severity: f.severity,
    message: f.message,
  };
}

/** Every finding on the article checked as of its own publication date. */
export function checkOwnDate(a: Article, glossary: Glossary): Alarm[] {
  return check(a.text, glossary, { asOf: a.date, today: TODAY }).findings.map((f) => toAlarm(a, a.text, f));
}

/** The article with any date it states about itself blanked out (same length, so lines and offsets stay). */
export function withoutOwnDate(text: string): string {
  const s = statedDate(text);
  return s ? text.slice(0, s.start) + ' '.repeat(s.end - s.start) + text.slice(s.end) : text;
}

export function readYamlList<T>(file: string): T[] {
  const path = join(__dirname, file);
  if (!existsSync(path)) return [];
  return (parse(readFileSync(path, 'utf8')) as T[] | null) ?? [];
}

export const expectedAlarms = (): ExpectedAlarm[] => readYamlList<ExpectedAlarm>('expected-alarms.yaml');
export const staleMentions = (): StaleMention[] => readYamlList<StaleMention>('stale-mentions.yaml');

/** Listed alarms match by file, line, code and span. */
export function unlisted(alarms: Alarm[], expected: ExpectedAlarm[]): Alarm[] {
  return alarms.filter(
    (x) => !expected.some((e) => e.file === x.file && e.line === x.line && e.code === x.code && e.span === x.span),
  );
}

/** The annotated mention's name and title as offsets in the article (undefined when the line does not hold them). */
export function locate(a: Article, m: StaleMention): { title: [number, number]; name: [number, number] } | undefined {
  const lines = a.text.split('\n');
  const lineText = lines[m.line - 1];
  if (lineText === undefined) return undefined;
  const base = lines.slice(0, m.line - 1).reduce((n, l) => n + l.length + 1, 0);
  const ni = lineText.indexOf(m.name);
  if (ni < 0) return undefined;
  // The title nearest to the name (a chain may repeat a word).
  let ti = -1;
  for (let i = lineText.indexOf(m.title); i >= 0; i = lineText.indexOf(m.title, i + 1)) {
    if (ti < 0 || Math.abs(i - ni) < Math.abs(ti - ni)) ti = i;
  }
  if (ti < 0) return undefined;
  return { title: [base + ti, base + ti + m.title.length], name: [base + ni, base + ni + m.name.length] };
}

/** A stale mention counts as flagged when a title finding covers its title or its name. */
export function isFlagged(a: Article, m: StaleMention, today: Finding[]): boolean {
  const at = locate(a, m);
  if (!at) return false;
  const covers = (f: Finding, [s, e]: [number, number]) => f.start <= s && e <= f.end;
  const titleCodes = new Set(['outdated-title', 'wrong-title', 'dissolved-body']);
  return today.some((f) => titleCodes.has(f.code) && (covers(f, at.title) || covers(f, at.name)));
}

/** Every finding on the article checked as of 2026-11-23, its own date removed. */
export function todayFindings(a: Article, glossary: Glossary): Finding[] {
  return check(withoutOwnDate(a.text), glossary, { asOf: TODAY, today: TODAY }).findings;
}

/** One analysis per article and glossary: coverage asks about every annotated mention of the article. */
const analyses = new WeakMap<Article, { glossary: Glossary; analysis: ReturnType<typeof analyze> }>();
function analysisOf(a: Article, glossary: Glossary): ReturnType<typeof analyze> {
  const cached = analyses.get(a);
  if (cached?.glossary === glossary) return cached.analysis;
  const analysis = analyze(a.text, glossary, { asOf: a.date, today: TODAY });
  analyses.set(a, { glossary, analysis });
  return analysis;
}

/**
 * Coverage: the engine links the annotated title to the annotated name, the person is in the glossary, and the
 * glossary records the person holding that title at some time.
 */
export function isCovered(a: Article, m: StaleMention, glossary: Glossary): boolean {
  const at = locate(a, m);
  if (!at) return false;
  const an = analysisOf(a, glossary);
  const map = an.text.toOriginal;
  // "Chủ tịch Hồ Chí Minh": a fixed honorific name the glossary knows whole.
  const honorific = an.mentions.some(
    (m) => m.target.type === 'honorific' && map(m.start) <= at.title[0] && at.name[1] <= map(m.end),
  );
  if (honorific) return true;
  return an.links.some((l) => {
    if (l.person.target.type !== 'person') return false;
    const ps = map(l.person.start);
    const ts = map(l.title.start);
    if (!(ps <= at.name[0] && at.name[0] < map(l.person.end)) || !(ts <= at.title[0] && at.title[0] < map(l.title.end)))
      return false;
    const holdings = glossary.holdingsOf.get(l.person.target.id) ?? [];
    const t = l.title.target;
    return holdings.some((h) =>
      t.type === 'office'
        ? h.office.id === t.id || h.office.title === glossary.offices.get(t.id)?.title
        : t.type === 'role' && glossary.officesByRole.get(t.role)?.includes(h.office),
    );
  });
}
