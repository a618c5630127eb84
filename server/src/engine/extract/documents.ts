/**
 * Numbered documents the glossary does not have, read from the engine's citations: kind, number, symbol, issuer
 * (written, or told by the symbol's issuer code when one body has it), date and subject as written. A bare "Nghị quyết
 * 36" says too little to be an entry and is left out.
 */
import type { Analysis } from '../analysis';
import { resolveCitation, symbolSkeleton } from '../checks/document-resolve';
import type { Glossary } from '../glossary/glossary';
import { overlaps } from '../glossary/glossary';
import { EMBEDDED_CITATION, type Citation } from '../match/citations';
import { partialWindow } from '../time/dates';
import { windowToPartial } from './evidence';
import type { ProposedDocument } from './types';

export interface DocumentReading {
  citation: Citation;
  /** Where the citation ends once a run-on subject is cut back (normalized offset). */
  end: number;
  document: ProposedDocument;
  /** Known documents of that kind and number which the citation does not match. */
  sameNumber: string[];
}

export function readDocuments(analysis: Analysis, glossary: Glossary): DocumentReading[] {
  const out: DocumentReading[] = [];
  for (const c of analysis.citations) {
    if (!c.symbol && !c.date && !c.issuer && !c.subject) continue;
    const resolution = resolveCitation(glossary, c);
    if (resolution.chosen && agrees(c, resolution.chosen.date, resolution.chosen.issuer)) continue;
    // Several known documents share the number and nothing tells them apart: the citation is one of them.
    if (!resolution.chosen && resolution.candidates.some((d) => agrees(c, d.date, d.issuer))) continue;
    const issuer = c.issuer?.bodyId ?? issuerFromSymbol(glossary, c.symbol?.text);
    const date = c.date ? windowToPartial(c.date.expr.window) : undefined;
    const subject = c.subject ? subjectOnly(c.subject.text) : undefined;
    out.push({
      citation: c,
      end: c.subject && subject ? c.subject.start + subject.length : c.end,
      document: {
        kind: c.kindCanonical,
        number: c.number.text,
        ...(c.symbol ? { symbol: c.symbol.text } : {}),
        ...(issuer ? { issuer } : {}),
        ...(c.issuer ? { issuerWritten: c.issuer.text } : {}),
        ...(date ? { date } : {}),
        ...(subject ? { subject } : {}),
      },
      sameNumber: resolution.candidates.map((d) => d.id),
    });
  }
  return out;
}

/** The citation's date and issuer, where written, do not contradict the document's. */
function agrees(c: Citation, date: string | undefined, issuer: string): boolean {
  const w = partialWindow(date);
  if (c.date && w && !overlaps(w, c.date.expr.window)) return false;
  return !c.issuer || c.issuer.bodyId === issuer;
}

/** "250/2025/QH15" → the body whose issuer code is QH15, when exactly one body has it. */
function issuerFromSymbol(glossary: Glossary, symbol: string | undefined): string | undefined {
  if (!symbol) return undefined;
  const parts = new Set(symbolSkeleton(symbol).split(' '));
  const bodies = glossary.data.bodies.filter((b) =>
    [b.issuerCode, ...(b.issuerCodes ?? []).map((c) => c.code)].some((code) => code && parts.has(symbolSkeleton(code))),
  );
  return bodies.length === 1 ? bodies[0].id : undefined;
}

/** "về công tác …, Bộ Chính trị đã ban hành …": a comma and a capital start the next clause, not the subject. */
function subjectOnly(written: string): string {
  const subject = written.replace(/["”»\s]+$/u, '');
  const clause = /,\s+(?=\p{Lu})/gu;
  for (let m = clause.exec(subject); m; m = clause.exec(subject)) {
    // "… thực hiện Nghị quyết 36, Chỉ thị 45": another document named in the subject belongs to it.
    if (!CITATION_AHEAD.test(subject.slice(m.index + m[0].length))) return subject.slice(0, m.index);
  }
  return subject;
}

const CITATION_AHEAD = new RegExp(`^(?:${EMBEDDED_CITATION.source})`, 'iu');
