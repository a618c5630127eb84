/**
 * Shared by the document-* checks: which known document a citation means, and how well a stated
 * subject fits a document. Numbers restart per term and per kind, so number alone is not unique:
 * symbol, date, issuer and subject narrow the candidates.
 */
import type { Glossary } from '../glossary/glossary';
import { kindKey, overlaps } from '../glossary/glossary';
import type { DocumentEntry } from '../glossary/model';
import type { Citation } from '../match/citations';
import { phraseKey } from '../text/normalize';
import { partialWindow } from '../time/dates';

const STOP = new Set(
  [
    'về',
    'việc',
    'của',
    'và',
    'các',
    'những',
    'trong',
    'với',
    'cho',
    'để',
    'một',
    'số',
    'là',
    'đến',
    'năm',
    'theo',
    'tại',
    'nhằm',
    'mới',
    'tình',
    'hình',
    'tiếp',
    'tục',
  ].map(phraseKey),
);

export function contentKeys(s: string): string[] {
  return phraseKey(s)
    .split(' ')
    .filter((k) => k && !STOP.has(k) && !/^\d+$/.test(k));
}

/** 0..1: how well a stated subject names a document. A keyword found whole counts fully. */
export function subjectScore(stated: string, doc: DocumentEntry): number {
  const key = ` ${phraseKey(stated)} `;
  for (const kw of doc.keywords ?? []) if (key.includes(` ${phraseKey(kw)} `)) return 1;
  const mine = contentKeys(stated);
  if (mine.length === 0) return 0;
  const theirs = new Set(contentKeys(doc.subject));
  const hit = mine.filter((k) => theirs.has(k)).length;
  return hit / mine.length;
}

export const SUBJECT_MATCH = 0.6;

/** The document whose subject best fits the stated one, preferring the cited kind. */
export function bestBySubject(
  glossary: Glossary,
  stated: string,
  kind: string,
  except?: DocumentEntry,
): DocumentEntry | undefined {
  return bestMatch(glossary, stated, kind, except)?.doc;
}

export function bestMatch(
  glossary: Glossary,
  stated: string,
  kind: string,
  except?: DocumentEntry,
): { doc: DocumentEntry; score: number } | undefined {
  let best: { doc: DocumentEntry; score: number } | undefined;
  for (const d of glossary.data.documents) {
    if (d === except) continue;
    const score = subjectScore(stated, d);
    const ranked = score + (kindKey(d.kind) === kindKey(kind) ? 0.05 : 0);
    if (
      score >= SUBJECT_MATCH &&
      (!best || ranked > best.score + (kindKey(best.doc.kind) === kindKey(kind) ? 0.05 : 0))
    )
      best = { doc: d, score };
  }
  return best;
}

/** Compare symbols by their letters and digits only: "34/NQ-TW" and "34-NQ/TW" are the same document. */
export function symbolSkeleton(s: string): string {
  return s
    .toUpperCase()
    .replace(/Đ/g, 'D')
    .replace(/TƯ/g, 'TW')
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}

export interface Resolution {
  /** Documents of that kind and number. */
  candidates: DocumentEntry[];
  /** The one the citation means, when it can be told. */
  chosen?: DocumentEntry;
}

/** Five document checks ask about the same citations: resolve each once. */
const resolved = new WeakMap<Citation, Resolution>();

export function resolveCitation(glossary: Glossary, c: Citation): Resolution {
  let r = resolved.get(c);
  if (!r) resolved.set(c, (r = resolve(glossary, c)));
  return r;
}

function resolve(glossary: Glossary, c: Citation): Resolution {
  let candidates = glossary.documentsByNumber.get(`${kindKey(c.kindCanonical)}|${c.number.text}`) ?? [];
  if (c.symbol) {
    // A symbol names the issuer (and year): 22/NQ-CP is not 22-NQ/TW, 250/2024/QH15 is not 250/2025/QH15.
    const sk = symbolSkeleton(c.symbol.text);
    candidates = candidates.filter((d) => !d.symbol || symbolSkeleton(d.symbol) === sk);
  }
  if (candidates.length <= 1) return { candidates, chosen: candidates[0] };
  let narrowed = candidates;
  if (c.date) {
    const byDate = narrowed.filter((d) => {
      const w = partialWindow(d.date);
      return w && overlaps(w, c.date!.expr.window);
    });
    if (byDate.length) narrowed = byDate;
  }
  if (narrowed.length > 1 && c.issuer) {
    const byIssuer = narrowed.filter((d) => d.issuer === c.issuer!.bodyId);
    if (byIssuer.length) narrowed = byIssuer;
  }
  if (narrowed.length > 1 && c.subject) {
    const bySubject = narrowed.filter((d) => subjectScore(c.subject!.text, d) >= SUBJECT_MATCH);
    if (bySubject.length) narrowed = bySubject;
  }
  return { candidates, chosen: narrowed.length === 1 ? narrowed[0] : undefined };
}

/** "Nghị quyết số 34-NQ/TW" / "Nghị quyết 250/2025/QH15" / "Quy chế 392": how a document is named in messages. */
export function shortCitation(d: DocumentEntry): string {
  return `${d.kind} ${d.symbol ?? d.number}`;
}

export function numberOrSymbol(d: DocumentEntry): string {
  return d.symbol ?? d.number;
}
