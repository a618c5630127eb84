/**
 * Hover: what the thing under the cursor is. A person gets their timeline and what they hold on
 * the as-of date; an office who holds it; a body whether it still exists; a document its full
 * citation, status and sources; a term its definition.
 */
import type { CheckOptions, HoverResult, Locale } from '../api';
import { analyzeParagraph, documentFacts, factsAt, type Analysis } from '../analysis';
import { paragraphAt, paragraphs } from '../text/paragraphs';
import type { Glossary } from '../glossary/glossary';
import { toNormOffset } from '../text/offsets';
import { resolveCitation } from '../checks/document-resolve';
import type { MentionTarget } from '../match/phrase-index';
import {
  describeBody,
  describeDocument,
  describeEnumeration,
  describeOffice,
  describePerson,
  describeTerm,
} from './describe';

export function hover(
  text: string,
  offset: number,
  glossary: Glossary,
  options: CheckOptions = {},
): HoverResult | null {
  // Only the paragraph under the cursor is analysed: nothing is read across a paragraph break.
  const spans = paragraphs(text);
  if (spans.length === 0) return null;
  const p = spans[paragraphAt(spans, offset)];
  const facts = factsAt(documentFacts(text, options), p.start);
  const a = analyzeParagraph(text.slice(p.start, p.end), glossary, facts);
  return hoverIn(a, offset - p.start, p.start, glossary, options);
}

/**
 * The hover at `offset` of one paragraph's analysis (offsets relative to it); `shift` moves the result's range to
 * document offsets.
 */
export function hoverIn(
  a: Analysis,
  offset: number,
  shift: number,
  glossary: Glossary,
  options: CheckOptions,
): HoverResult | null {
  const at = toNormOffset(a.text, offset);
  const locale: Locale = options.locale ?? 'vi';
  const map = (i: number) => a.text.toOriginal(i) + shift;
  const ctx = { glossary, locale, asOfDay: a.asOfDay };

  const c = a.citations.find((x) => x.start <= at && at <= x.end);
  if (c) {
    const { chosen } = resolveCitation(glossary, c);
    if (chosen)
      return { start: map(c.start), end: map(c.end), markdown: describeDocument(ctx, chosen), ref: chosen.id };
  }
  const PRIORITY: MentionTarget['type'][] = [
    'person',
    'honorific',
    'office',
    'role',
    'body',
    'term',
    'discouraged',
    'enum-head',
  ];
  const here = a.mentions
    .filter((m) => m.start <= at && at <= m.end)
    .sort((x, y) => PRIORITY.indexOf(x.target.type) - PRIORITY.indexOf(y.target.type));
  for (const m of here) {
    const res = (markdown: string | undefined, ref: string) =>
      markdown ? { start: map(m.start), end: map(m.end), markdown, ref } : null;
    const tg = m.target;
    let r: HoverResult | null = null;
    if (tg.type === 'person') r = res(describePerson(ctx, tg.id), tg.id);
    else if (tg.type === 'honorific' && tg.person) r = res(describePerson(ctx, tg.person), tg.person);
    else if (tg.type === 'office') r = res(describeOffice(ctx, tg.id), tg.id);
    else if (tg.type === 'body') r = res(describeBody(ctx, tg.id), tg.id);
    else if (tg.type === 'term') r = res(describeTerm(ctx, tg.id), tg.id);
    else if (tg.type === 'discouraged') r = res(describeTerm(ctx, tg.termId), tg.termId);
    else if (tg.type === 'enum-head') r = res(describeEnumeration(ctx, tg.id), tg.id);
    if (r) return r;
  }
  return null;
}
