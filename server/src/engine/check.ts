/**
 * Runs every enabled check over one analysis and maps results back to the original text.
 * Severity: the setting, else the check's default; a finding built on a fact that is not fully
 * confirmed is at most a warning, and on an unconfirmed fact only information.
 */
import type { CheckCode, CheckOptions, CheckResult, Finding, Severity } from './api';
import { dropSilenced } from './directives';
import { analyze, type Analysis } from './analysis';
import { CHECKS, DEFAULT_SEVERITY } from './checks';
import type { RawFinding } from './checks/types';
import type { Glossary } from './glossary/glossary';

const RANK: Severity[] = ['error', 'warning', 'information', 'hint'];
const weaker = (a: Severity, b: Severity): Severity => (RANK.indexOf(a) > RANK.indexOf(b) ? a : b);

export function check(text: string, glossary: Glossary, options: CheckOptions = {}): CheckResult {
  const analysis = analyze(text, glossary, options);
  return { asOf: analysis.asOf, findings: runChecks(analysis, glossary, options) };
}

export function runChecks(analysis: Analysis, glossary: Glossary, options: CheckOptions): Finding[] {
  const locale = options.locale ?? 'vi';
  const findings: Finding[] = [];
  for (const [code, run] of Object.entries(CHECKS) as [CheckCode, (typeof CHECKS)[CheckCode]][]) {
    const setting = options.severity?.[code];
    if (setting === 'off') continue;
    let raw: RawFinding[];
    try {
      raw = run({ glossary, analysis, locale });
    } catch (err) {
      // One broken check must not take the others (or the server) down.
      console.error(`chinh-danh: check ${code} failed:`, err);
      continue;
    }
    for (const r of raw) findings.push(toFinding(r, analysis, setting ?? DEFAULT_SEVERITY[code]));
  }
  // The writer's own directives (<!-- chinh-danh-disable… -->, %% lines) have the last word, on original offsets.
  return dropSilenced(analysis.text.original, findings).sort((a, b) => a.start - b.start || a.end - b.end);
}

function toFinding(r: RawFinding, a: Analysis, base: Severity): Finding {
  const map = a.text.toOriginal;
  let severity = base;
  if (r.confidence === 'partly-confirmed') severity = weaker(severity, 'warning');
  if (r.confidence === 'unconfirmed') severity = weaker(severity, 'information');
  if (r.maxSeverity) severity = weaker(severity, r.maxSeverity);
  return {
    code: r.code,
    start: map(r.start),
    end: map(r.end),
    severity,
    message: r.message,
    fixes: r.fixes.map((f) => ({
      title: f.title,
      preferred: f.preferred,
      edits: f.edits.map((e) => ({ start: map(e.start), end: map(e.end), newText: e.newText })),
    })),
    uncertain: r.confidence !== 'confirmed' || undefined,
    refs: r.refs,
  };
}
