/**
 * Runs every enabled check over each paragraph's analysis and maps results back to the original text.
 * Severity: the setting, else the check's default; a finding built on a fact that is not fully
 * confirmed is at most a warning, and on an unconfirmed fact only information.
 */
import type { CheckCode, CheckOptions, CheckResult, Finding, Severity } from './api';
import { dropSilenced } from './directives';
import {
  analyzeParagraph,
  analyzeSteps,
  documentFacts,
  factsAt,
  STEP_CHARS,
  type Analysis,
  type DocumentFacts,
} from './analysis';
import { CHECKS, DEFAULT_SEVERITY } from './checks';
import type { Check, CheckContext, RawFinding } from './checks/types';
import type { Glossary } from './glossary/glossary';
import { paragraphs } from './text/paragraphs';

const RANK: Severity[] = ['error', 'warning', 'information', 'hint'];
const weaker = (a: Severity, b: Severity): Severity => (RANK.indexOf(a) > RANK.indexOf(b) ? a : b);
const ENTRIES = Object.entries(CHECKS) as [CheckCode, (typeof CHECKS)[CheckCode]][];
// The codes and checks in two arrays: the loops per paragraph index them instead of destructuring each entry.
const CODES = ENTRIES.map(([code]) => code);
const RUNS = ENTRIES.map(([, run]) => run);

export function check(text: string, glossary: Glossary, options: CheckOptions = {}): CheckResult {
  const doc = documentFacts(text, options);
  const findings: Finding[] = [];
  for (const p of paragraphs(text)) {
    const body = text.slice(p.start, p.end);
    const found = checkParagraph(body, glossary, factsAt(doc, p.start), options, p.start, text);
    for (let i = 0; i < found.length; i++) findings.push(found[i]);
  }
  return { asOf: doc.asOf, findings: silence(text, findings) };
}

/**
 * The findings of one paragraph, sorted, with offsets moved by `offset` (where it starts in the document). Directives
 * are the document's and are applied after (`silence`). `whole`, when given, is the document the paragraph was sliced
 * from (at `offset`): the tokenizer reads its flat string.
 */
export function checkParagraph(
  text: string,
  glossary: Glossary,
  facts: DocumentFacts,
  options: CheckOptions,
  offset = 0,
  whole?: string,
): Finding[] {
  const analysis =
    whole === undefined
      ? analyzeParagraph(text, glossary, facts)
      : analyzeParagraph(text, glossary, facts, whole, offset);
  return analysis.tokens.length ? runChecks(analysis, glossary, options, offset) : [];
}

/**
 * checkParagraph as steps, pausing between stages and checks when the paragraph is long (see analyzeSteps). `whole`
 * and `at`, when given, are the document the paragraph was sliced from and where (the tokenizer reads its flat string).
 */
export function* checkSteps(
  text: string,
  glossary: Glossary,
  facts: DocumentFacts,
  options: CheckOptions,
  offset = 0,
  whole = text,
  at = 0,
): Generator<void, Finding[]> {
  const analysis = yield* analyzeSteps(text, glossary, facts, whole, at);
  if (analysis.tokens.length === 0) return [];
  const long = text.length > STEP_CHARS;
  const findings: Finding[] = [];
  const ctx: CheckContext = { glossary, analysis, locale: options.locale ?? 'vi' };
  for (let k = 0; k < CODES.length; k++) {
    runCheck(CODES[k], RUNS[k], ctx, options, offset, findings);
    if (long) yield;
  }
  return sorted(findings);
}

/** The writer's own directives (<!-- chinh-danh-disable… -->, %% lines) have the last word, on original offsets. */
export function silence(text: string, findings: Finding[]): Finding[] {
  return dropSilenced(text, findings);
}

/** Every enabled check over one analysis, sorted; offsets moved by `offset`. */
export function runChecks(analysis: Analysis, glossary: Glossary, options: CheckOptions, offset = 0): Finding[] {
  const findings: Finding[] = [];
  // One context for every check of the paragraph (checks only read it).
  const ctx: CheckContext = { glossary, analysis, locale: options.locale ?? 'vi' };
  for (let k = 0; k < CODES.length; k++) runCheck(CODES[k], RUNS[k], ctx, options, offset, findings);
  return sorted(findings);
}

function runCheck(
  code: CheckCode,
  run: Check,
  ctx: CheckContext,
  options: CheckOptions,
  offset: number,
  into: Finding[],
): void {
  const setting = options.severity?.[code];
  if (setting === 'off') return;
  let raw: readonly RawFinding[];
  try {
    raw = run(ctx);
  } catch (err) {
    // One broken check must not take the others (or the server) down.
    console.error(`chinh-danh: check ${code} failed:`, err);
    return;
  }
  for (let i = 0; i < raw.length; i++)
    into.push(toFinding(raw[i], ctx.analysis, setting ?? DEFAULT_SEVERITY[code], offset));
}

// (Most paragraphs have no finding or one: sort allocates a work copy even then.)
function sorted(findings: Finding[]): Finding[] {
  return findings.length > 1 ? findings.sort(byPlace) : findings;
}

function byPlace(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * The same finding repeated down a draft repeats its sentences: one copy of each kept (bounded), so a draft with a
 * hundred thousand findings does not hold a hundred thousand copies of the same message.
 */
const strings = new Map<string, string>();
function shared(s: string): string {
  const known = strings.get(s);
  if (known !== undefined) return known;
  if (strings.size >= 20_000) strings.clear();
  strings.set(s, s);
  return s;
}

function toFinding(r: RawFinding, a: Analysis, base: Severity, offset: number): Finding {
  const map = a.text.toOriginal;
  let severity = base;
  if (r.confidence === 'partly-confirmed') severity = weaker(severity, 'warning');
  if (r.confidence === 'unconfirmed') severity = weaker(severity, 'information');
  if (r.maxSeverity) severity = weaker(severity, r.maxSeverity);
  // Loops into lists of the right size, not map with closures: this runs for every finding of every paragraph.
  const fixes: Finding['fixes'] = new Array<Finding['fixes'][number]>(r.fixes.length);
  for (let i = 0; i < r.fixes.length; i++) {
    const f = r.fixes[i];
    const title = shared(f.title);
    const edits: Finding['fixes'][number]['edits'] = new Array<Finding['fixes'][number]['edits'][number]>(
      f.edits.length,
    );
    for (let k = 0; k < f.edits.length; k++) {
      const e = f.edits[k];
      edits[k] = { start: map(e.start) + offset, end: map(e.end) + offset, newText: shared(e.newText) };
    }
    fixes[i] = { title, preferred: f.preferred, edits };
  }
  return {
    code: r.code,
    start: map(r.start) + offset,
    end: map(r.end) + offset,
    severity,
    message: shared(r.message),
    fixes,
    uncertain: r.confidence !== 'confirmed' || undefined,
    refs: r.refs,
  };
}
