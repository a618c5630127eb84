/**
 * The checker the language server keeps per open document. It owns what can be reused between two checks of
 * the same document (analysis of unchanged parts) and checks cooperatively: `run` is a generator that yields
 * between parts, so the caller can let other requests through and abandon a check a newer edit made useless.
 *
 * Contract (the LSP server and the tests rely on it):
 * - `run(text, options)` returns exactly what `check(text, glossary, options)` returns, whatever was checked
 *   before with this object (incremental results equal a full check).
 * - Between two `next()` calls the generator does a bounded amount of work: one paragraph (a unit of at most 16 KB,
 *   text/paragraphs.ts), or one stage or one check of a unit over 4 KB (analysis.ts STEP_CHARS).
 * - `hover(text, offset, options)` equals the engine's `hover` and reuses the cached analysis where it can.
 *
 * How: a document is checked paragraph by paragraph (text/paragraphs.ts: nothing is read across a blank line; a
 * paragraph over 8 KB is cut into units), so a
 * paragraph's findings are a function of its text and of the document's facts (the as-of date, and where the
 * document states it when that is inside the paragraph), the options and the glossary. Findings are cached per
 * paragraph under its text (offsets relative to it) and moved to where the paragraph now starts; an edit
 * re-analyses only the paragraphs whose text changed. When the as-of date or the options change, every paragraph
 * depends on them: the cache is dropped. What is the whole document's (directives that silence findings, the order
 * of findings) is applied after, as `check` does.
 */
import type { CheckOptions, CheckResult, Finding, HoverResult } from '../api';
import { analyzeParagraph, documentFacts, factsAt, type Analysis, type DocumentFacts } from '../analysis';
import { checkSteps } from '../check';
import { silencedBy, type Silenced } from '../directives';
import type { Glossary } from '../glossary/glossary';
import { hoverIn } from '../hover/hover';
import {
  paragraphAt,
  paragraphsAfterEdit,
  paragraphsAfterEditStepwise,
  paragraphsStepwise,
  Splitter,
  MAX_UNIT,
  type Span,
} from '../text/paragraphs';

/** Characters of unchanged paragraphs looked up between two pauses (a millisecond or two). */
const LOOKUP_CHARS = 1024 * 1024;
/** Paragraph analyses kept for hover. */
const ANALYSES_KEPT = 32;

export class DocumentChecker {
  /** Paragraphs analysed and checked since this object was made (tests read it to see what an edit cost). */
  analysed = 0;
  /** Findings per paragraph text, offsets relative to the paragraph (see `Cache`). */
  private findings = new Cache();
  /** The as-of day and options the cached findings were made with. */
  private context = '';
  /** The last text split into paragraphs, and its paragraphs. */
  private split: { text: string; spans: Span[] } = { text: '', spans: [] };
  /** A first split under way (a run's, paused, or a hover's): hover reads it as far as it needs. */
  private splitting: Splitter | undefined;
  /**
   * The last completed run: its text, paragraphs, each paragraph's findings, and which paragraph states the
   * document's date (-1: none). An edit keeps the paragraphs it did not touch, with their findings, without looking
   * them up.
   */
  private last: { text: string; spans: Span[]; own: Finding[][]; stating: number; directives: boolean[] } | undefined;
  /** Recent paragraph analyses for hover, most recent last. */
  private analyses: { body: string; facts: DocumentFacts; analysis: Analysis }[] = [];

  constructor(readonly glossary: Glossary) {}

  *run(text: string, options: CheckOptions = {}): Generator<void, CheckResult, void> {
    return flatten(yield* this.runByParagraph(text, options));
  }

  /**
   * `run`, paragraph by paragraph: each paragraph's findings relative to its start, the very arrays the cache holds
   * (an unchanged paragraph gives the same array from one run to the next, so a caller can keep what it derived from
   * it), and what the directives silence. `flatten` of it is `run`'s result; building that moves every finding of
   * the document, which an edit need not pay for.
   */
  *runByParagraph(text: string, options: CheckOptions = {}): Generator<void, ParagraphResult, void> {
    const doc = documentFacts(text, options);
    const context = contextKey(doc, options);
    if (context !== this.context) {
      this.findings.clear();
      this.last = undefined;
      this.context = context;
    }
    const last = this.last;
    const { spans, before } = last
      ? yield* paragraphsAfterEditStepwise(last.text, last.spans, text)
      : { spans: yield* paragraphsStepwise(text, MAX_UNIT, this.splitterFor(text)), before: undefined };
    this.split = { text, spans };
    this.splitting = undefined;
    const own: Finding[][] = [];
    // Which paragraphs hold a directive: without any, the whole text need not be searched for them.
    const directives: boolean[] = [];
    let stating = -1;
    let looked = 0;
    for (let i = 0; i < spans.length; i++) {
      const p = spans[i];
      // Asked of every paragraph at every edit: no facts object is made for the ones kept.
      const states = doc.statedEnd - p.start > 0 && doc.statedStart - p.start < p.end - p.start;
      if (states) stating = i;
      const j = before ? before[i] : -1;
      // An unchanged paragraph keeps its findings, unless it states the document's date now or did before.
      let mine = last && j >= 0 && !states && j !== last.stating ? last.own[j] : undefined;
      const known = last && j >= 0 ? last.directives[j] : undefined;
      let body: string | undefined;
      directives.push(known ?? DIRECTIVE.test((body = text.slice(p.start, p.end))));
      if (!mine) {
        body ??= text.slice(p.start, p.end);
        const facts = factsAt(doc, p.start);
        mine = this.findings.get(body, facts);
        if (!mine) {
          mine = yield* checkSteps(body, this.glossary, facts, options, 0, text, p.start);
          this.analysed++;
          // Kept at once, so that a run abandoned for a newer edit still leaves its work for the next one.
          this.findings.set(body, facts, mine);
          // A pause after every paragraph checked: a pause costs a microsecond, and the scheduler, not a count of
          // characters here, decides when a turn is over (batches of 16 KB made steps of 20 to 60 ms on a cold engine).
          yield;
        }
        looked += body.length;
      }
      own.push(mine);
      // Unchanged paragraphs cost their lookup (hashing their text): a pause every megabyte of them.
      if (looked >= LOOKUP_CHARS) {
        looked = 0;
        yield;
      }
    }
    this.last = { text, spans, own, stating, directives };
    // The cache by text only serves paragraphs that come back (pasted, undone): it is cut back to the document's
    // when it grows past it.
    if (this.findings.size > 2 * spans.length + 64) this.findings = yield* this.cacheOf(text, doc, spans, own);
    return { asOf: doc.asOf, spans, findings: own, silenced: directives.includes(true) ? silencedBy(text) : undefined };
  }

  /** The cache of the document's own paragraphs, made again (pausing: every paragraph's text is hashed). */
  private *cacheOf(text: string, doc: DocumentFacts, spans: Span[], own: Finding[][]): Generator<void, Cache, void> {
    const cache = new Cache();
    let looked = 0;
    for (let i = 0; i < spans.length; i++) {
      const p = spans[i];
      cache.set(text.slice(p.start, p.end), factsAt(doc, p.start), own[i]);
      looked += p.end - p.start;
      if (looked >= LOOKUP_CHARS) {
        looked = 0;
        yield;
      }
    }
    return cache;
  }

  hover(text: string, offset: number, options: CheckOptions = {}): HoverResult | null {
    const spans = this.paragraphs(text, offset);
    if (spans.length === 0) return null;
    const p = spans[paragraphAt(spans, offset)];
    const facts = factsAt(documentFacts(text, options), p.start);
    const body = text.slice(p.start, p.end);
    const i = this.analyses.findIndex((x) => x.body === body && sameFacts(x.facts, facts, body));
    const hit = i >= 0 ? this.analyses.splice(i, 1)[0] : undefined;
    const analysis = hit?.analysis ?? analyzeParagraph(body, this.glossary, facts);
    this.analyses.push({ body, facts, analysis });
    if (this.analyses.length > ANALYSES_KEPT) this.analyses.shift();
    return hoverIn(analysis, offset - p.start, p.start, this.glossary, options);
  }

  /**
   * Paragraphs of `text`, at least up to the one holding `offset`, without splitting the whole text in one go (10 MB
   * of one line took 40 ms): after an edit, from the last split (only the edited stretch is split again); before any
   * split, as far as `offset`, in a split the next run continues.
   */
  private paragraphs(text: string, offset: number): Span[] {
    if (text === this.split.text) return this.split.spans;
    if (this.split.text !== '') {
      this.split = { text, spans: paragraphsAfterEdit(this.split.text, this.split.spans, text).spans };
      return this.split.spans;
    }
    return this.splitterFor(text).covering(offset);
  }

  private splitterFor(text: string): Splitter {
    if (this.splitting?.text !== text) this.splitting = new Splitter(text);
    return this.splitting;
  }
}

/** A check's result paragraph by paragraph (see `DocumentChecker.runByParagraph`). */
export interface ParagraphResult {
  asOf: CheckResult['asOf'];
  /** Every paragraph of the text, in order (they tile it). */
  spans: readonly Span[];
  /**
   * Each paragraph's findings, offsets relative to its start: the arrays the checker's cache holds (read, never
   * change them), the same array from one run to the next while the paragraph's text is the same.
   */
  findings: readonly (readonly Finding[])[];
  /** What the document's directives silence (by code and absolute offset); undefined when it has none. */
  silenced: Silenced | undefined;
}

/** The document's findings, absolute and in order, without those its directives silence: `check`'s result. */
export function flatten(result: ParagraphResult): CheckResult {
  const findings: Finding[] = [];
  const { silenced } = result;
  result.spans.forEach((p, i) => {
    for (const f of result.findings[i])
      if (!silenced?.(f.code, p.start + f.start)) findings.push(movedFinding(f, p.start));
  });
  return { asOf: result.asOf, findings };
}

/** What every paragraph's findings depend on besides its text and the glossary. */
function contextKey(doc: DocumentFacts, options: CheckOptions): string {
  return JSON.stringify([doc.asOfDay, options.locale ?? 'vi', options.severity ?? {}]);
}

/** A directive names itself "chinh-danh-…" and never spans a line break, so never two paragraphs. */
const DIRECTIVE = /chinh-danh-/;

/** Whether the document states its date inside this paragraph (dates written there are not the paragraph's). */
function statesDate(length: number, facts: DocumentFacts): boolean {
  return facts.statedStart < length && facts.statedEnd > 0;
}

/** Two facts give a paragraph the same analysis: same as-of day, and the stated date at the same place in it. */
function sameFacts(a: DocumentFacts, b: DocumentFacts, body: string): boolean {
  if (a.asOfDay !== b.asOfDay || statesDate(body.length, a) !== statesDate(body.length, b)) return false;
  return !statesDate(body.length, a) || (a.statedStart === b.statedStart && a.statedEnd === b.statedEnd);
}

/**
 * Findings by paragraph text. The paragraph where the document states its date is kept apart, with where it states
 * it, because dates written there are read differently (in the same context, every other paragraph's findings are
 * its text's alone).
 */
class Cache {
  private readonly plain = new Map<string, Finding[]>();
  private readonly stating = new Map<string, { start: number; end: number; findings: Finding[] }>();

  get(body: string, facts: DocumentFacts): Finding[] | undefined {
    if (!statesDate(body.length, facts)) return this.plain.get(body);
    const s = this.stating.get(body);
    return s && s.start === facts.statedStart && s.end === facts.statedEnd ? s.findings : undefined;
  }

  set(body: string, facts: DocumentFacts, findings: Finding[]): void {
    if (!statesDate(body.length, facts)) this.plain.set(body, findings);
    else this.stating.set(body, { start: facts.statedStart, end: facts.statedEnd, findings });
  }

  get size(): number {
    return this.plain.size + this.stating.size;
  }

  clear(): void {
    this.plain.clear();
    this.stating.clear();
  }
}

/** A finding with offsets moved by `by`. */
export function movedFinding(f: Finding, by: number): Finding {
  if (by === 0) return f;
  return {
    ...f,
    start: f.start + by,
    end: f.end + by,
    fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) })),
  };
}
