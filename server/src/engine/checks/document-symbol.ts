/**
 * document-symbol: a malformed symbol. Party documents are "number-KIND/ISSUER" (34-NQ/TW),
 * State documents "number/KIND-ISSUER" (21/NQ-CP) or "number/year/KIND-ISSUER", laws and
 * Assembly resolutions "number/year/QHnn". A known document's own symbol wins over the rules.
 */
import { messages, t } from '../i18n/messages';
import { resolveCitation, symbolSkeleton } from './document-resolve';
import type { Locale } from '../api';
import { overlaps, type Glossary } from '../glossary/glossary';
import type { IssuerCode } from '../glossary/model';
import type { Citation } from '../match/citations';
import { dayNumber, partialWindow } from '../time/dates';
import { NO_FINDINGS, type Check, type RawFinding } from './types';
import { ownCopy } from './name-capitalization';

const PARTY_ISSUERS = new Set([
  'TW',
  'VPTW',
  'BTCTW',
  'UBKTTW',
  'BTGTW',
  'BDNTW',
  'BDVTW',
  'BTGDVTW',
  'BKTTW',
  'BNCTW',
  'TU',
  'HU',
  'DU',
  'BCSD',
  'DD',
  'DUQSTW',
  'DUCA',
  'QUTW',
]);
const PARTY_RE = /^\d+-[A-ZĐ][A-Za-zĐđ]*\/[A-ZĐ][A-ZĐ0-9]*$/u;
const STATE_RE = /^\d+\/(?:\d{4}\/)?[A-ZĐ][A-Za-zĐđ]*-[A-ZĐ][A-Za-zĐđ0-9]*$/u;
const ASSEMBLY_RE = /^\d+\/\d{4}\/(?:QH|UBTVQH)\d{1,2}$/u;

export const documentSymbol: Check = ({ glossary, analysis, locale }) => {
  if (analysis.citations.length === 0) return NO_FINDINGS;
  const out: RawFinding[] = [];
  for (const c of analysis.citations) {
    if (!c.symbol) continue;
    const written = c.symbol.text;
    const { candidates, chosen } = resolveCitation(glossary, c);
    const known = chosen ?? (candidates.length === 1 ? candidates[0] : undefined);
    let right: string | undefined;
    let why = '';
    if (known?.symbol && known.symbol !== written && symbolSkeleton(known.symbol) === symbolSkeleton(written)) {
      right = known.symbol;
      why = t(messages.symbolWhyKnown, locale, undefined as never);
    } else if (!known?.symbol || known.symbol !== written) {
      const fixed = byRulesKept(written);
      if (fixed) [right, why] = [fixed.right, t(fixed.why, locale, undefined as never)];
    }
    if (!right || right === written) {
      const term = termCode(glossary, c, written, locale);
      if (term) out.push(term);
      continue;
    }
    out.push({
      code: 'document-symbol',
      start: c.symbol.start,
      end: c.symbol.end,
      message: t(messages.documentSymbol, locale, { symbol: written, right, why }),
      fixes: [
        {
          title: t(messages.fixReplace, locale, { text: right }),
          edits: [{ start: c.symbol.start, end: c.symbol.end, newText: right }],
          preferred: true,
        },
      ],
      confidence: known?.confidence ?? 'confirmed',
      refs: known ? [known.id] : undefined,
    });
  }
  return out;
};

/**
 * "250/2027/QH15": the year in an Assembly symbol must fall in the term whose code it carries. Only certain
 * mismatches count: a year the term's dates cover in part (the 2026 hand-over) is left alone.
 */
function termCode(glossary: Glossary, c: Citation, written: string, locale: Locale): RawFinding | undefined {
  const m = /^(\d+)\/(\d{4})\/((?:UBTV)?)(QH)(\d{1,2})$/u.exec(written);
  if (!m) return undefined;
  const codes = glossary.bodies.get('quoc-hoi')?.issuerCodes ?? [];
  const year = Number(m[2]);
  const yearWindow = { first: dayNumber(year, 1, 1), last: dayNumber(year, 12, 31) };
  const windowOf = (x: IssuerCode) => ({
    first: partialWindow(x.from)?.first ?? -Infinity,
    last: partialWindow(x.to)?.last ?? Infinity,
  });
  const own = codes.find((x) => x.code === `QH${m[5]}`);
  if (!own || overlaps(windowOf(own), yearWindow)) return undefined;
  const right = codes.filter((x) => overlaps(windowOf(x), yearWindow));
  if (right.length !== 1) return undefined;
  const fixed = `${m[1]}/${m[2]}/${m[3]}${right[0].code}`;
  const why = t(messages.symbolWhyTerm, locale, { code: own.code, year: m[2], right: right[0].code });
  return {
    code: 'document-symbol',
    start: c.symbol!.start,
    end: c.symbol!.end,
    message: t(messages.documentSymbol, locale, { symbol: written, right: fixed, why }),
    fixes: [
      {
        title: t(messages.fixReplace, locale, { text: fixed }),
        edits: [{ start: c.symbol!.start, end: c.symbol!.end, newText: fixed }],
        preferred: true,
      },
    ],
    confidence: 'partly-confirmed',
  };
}

/**
 * byRules, once per way a symbol is written (bounded): a document cites the same few symbols again and again, and each
 * is tried against a handful of patterns. Worked out on a copy, so nothing kept holds the paragraph it was cut from.
 */
const ruled = new Map<string, { right: string; why: typeof messages.symbolWhyParty } | null>();
function byRulesKept(written: string): { right: string; why: typeof messages.symbolWhyParty } | undefined {
  let known = ruled.get(written);
  if (known === undefined) {
    if (ruled.size >= 4096) ruled.clear();
    const copy = ownCopy(written);
    ruled.set(copy, (known = byRules(copy) ?? null));
  }
  return known ?? undefined;
}

function byRules(written: string): { right: string; why: typeof messages.symbolWhyParty } | undefined {
  if (PARTY_RE.test(written) || STATE_RE.test(written) || ASSEMBLY_RE.test(written)) {
    // Well-formed shape; still catch a Party issuer in State shape and the reverse.
    const party = /^(\d+)-([A-Za-zĐđ]+)\/([A-ZĐ0-9]+)$/u.exec(written);
    if (
      party &&
      !PARTY_ISSUERS.has(plain(party[3])) &&
      /^(CP|TTG|B[A-Z]+|UBND|QH\d*|UBTVQH\d*)$/.test(plain(party[3]))
    ) {
      return { right: `${party[1]}/${party[2]}-${party[3]}`, why: messages.symbolWhyState };
    }
    const state = /^(\d+)\/([A-Za-zĐđ]+)-([A-ZĐ0-9]+)$/u.exec(written);
    if (state && PARTY_ISSUERS.has(plain(state[3])))
      return { right: `${state[1]}-${state[2]}/${state[3]}`, why: messages.symbolWhyParty };
    return letterFix(written);
  }
  const parts = written.split(/[-/]+/);
  if (parts.length !== 3 || !/^\d+$/.test(parts[0])) return letterFix(written);
  const [num, kind, issuer] = parts;
  if (PARTY_ISSUERS.has(plain(issuer)))
    return { right: fixLetters(`${num}-${kind}/${issuer}`), why: messages.symbolWhyParty };
  if (/^\d{4}$/.test(kind)) return undefined;
  return { right: fixLetters(`${num}/${kind}-${issuer}`), why: messages.symbolWhyState };
}

function plain(s: string): string {
  return s.toUpperCase().replace(/Đ/g, 'D').replace(/TƯ/g, 'TW');
}

/** ASCII D where Đ belongs (QD, ND-CP) and "TƯ" for "TW". */
function fixLetters(s: string): string {
  return s
    .replace(/(^|[-/])QD(?=$|[-/i])/g, '$1QĐ')
    .replace(/(^|[-/])ND(?=$|[-/])/g, '$1NĐ')
    .replace(/(^|[-/])DA(?=$|[-/])/g, '$1ĐA')
    .replace(/TƯ/g, 'TW');
}

function letterFix(written: string): { right: string; why: typeof messages.symbolWhyParty } | undefined {
  const right = fixLetters(written);
  return right !== written ? { right, why: messages.symbolWhyLetters } : undefined;
}
