/** Test support: the project's own glossary, loaded once (tests check against the real data). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, type CheckOptions, type Finding } from '../index';
import { Glossary } from '../glossary/glossary';
import { parseGlossaryFiles } from '../glossary/parse';

/** The bundled glossary; CHINH_DANH_TEST_GLOSSARY points the tests at another folder (a snapshot, a team's). */
export const GLOSSARY_DIR = process.env.CHINH_DANH_TEST_GLOSSARY ?? join(__dirname, '../../../../glossary');

let cached: Glossary | undefined;
export function realGlossary(): Glossary {
  if (cached) return cached;
  const files = yamlBelow(GLOSSARY_DIR, '').map((f) => ({
    path: `glossary/${f}`,
    text: readFileSync(join(GLOSSARY_DIR, f), 'utf8'),
  }));
  const parsed = parseGlossaryFiles(files);
  if (!parsed.data) throw new Error(`glossary has problems: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
  cached = new Glossary(parsed.data);
  return cached;
}

/** The glossary's YAML files, recursively and in path order (as the loader reads them). */
function yamlBelow(dir: string, rel: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...yamlBelow(dir, r));
    else if (/\.ya?ml$/.test(e.name)) out.push(r);
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export interface Seen {
  code: string;
  text: string;
  finding: Finding;
}

/** Check a text as of a date and return what was flagged, with the flagged text. */
export function flagged(text: string, asOf = '2026-11-23', options: CheckOptions = {}): Seen[] {
  const r = check(text, realGlossary(), { asOf, today: '2026-11-23', ...options });
  return r.findings.map((f) => ({ code: f.code, text: text.slice(f.start, f.end), finding: f }));
}

export function codes(text: string, asOf = '2026-11-23', options: CheckOptions = {}): string[] {
  return flagged(text, asOf, options).map((s) => s.code);
}

/** Apply a finding's fix (edits sorted from the end so offsets stay valid). */
export function applyFix(text: string, finding: Finding, index = 0): string {
  const edits = [...finding.fixes[index].edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
