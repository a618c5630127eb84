/**
 * The diagnostics of an open draft, built from its check paragraph by paragraph so that an edit costs what it
 * touched. A paragraph's findings are the same array from one check to the next while its text is unchanged
 * (engine `DocumentChecker.runByParagraph`), and its diagnostics are a function of that array and of where the
 * paragraph starts (line, and character when a unit of a long line starts inside it): a line's positions depend
 * only on the text since the line's start. So the diagnostics of a paragraph are kept per placement, reused as
 * they are when it has not moved, and shifted (lines, and characters on its first line) when it has — never
 * recomputed from offsets for the whole document.
 *
 * Exactly `publishedDiagnostics(doc, flatten(result).findings, locale, max)` (a property test holds it to that).
 *
 * The diagnostics carry no fixes (see diagnostics.ts): the findings behind the last publication are kept, and a code
 * action's fixes are made from them for the text they were found in.
 */
import type { Diagnostic, Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { movedFinding, type Finding, type Locale, type ParagraphResult } from '../engine';
import { findingToDiagnostic, fixesToLsp, type DiagnosticFix } from './diagnostics';
import { MAX_PUBLISHED_DIAGNOSTICS, moreProblemsDiagnostic } from './size-limit';

/** A paragraph's diagnostics as built for one placement: the position of its start. */
interface Placed {
  line: number;
  character: number;
  /** Shared between publications: never changed once built. */
  diagnostics: readonly Diagnostic[];
}

/** Placements of paragraphs by their findings array, each by `placementKey`. */
type Placements = Map<readonly Finding[], Map<number, Placed>>;

export class ParagraphDiagnostics {
  /** The placements used by the last publication, by the paragraph's findings array. */
  private placed: Placements = new Map();
  /**
   * The last publication: the document version it was made for, its diagnostics, and for each the finding (with
   * offsets in its paragraph) and where that paragraph starts.
   */
  private last: { version: number; diagnostics: Diagnostic[]; findings: Finding[]; starts: number[] } | undefined;

  /** The diagnostics to publish for `result`, a check of `doc`'s current text. */
  diagnostics(
    doc: TextDocument,
    result: ParagraphResult,
    locale: Locale,
    max = MAX_PUBLISHED_DIAGNOSTICS,
  ): Diagnostic[] {
    const before = this.placed;
    const next: Placements = new Map();
    const { silenced } = result;
    const out: Diagnostic[] = [];
    const outFindings: Finding[] = [];
    const outStarts: number[] = [];
    let total = 0;
    for (let k = 0; k < result.spans.length; k++) {
      const p = result.spans[k];
      const findings = result.findings[k];
      if (findings.length === 0) continue;
      if (out.length >= max) {
        // Past the published ones only the count matters.
        if (!silenced) total += findings.length;
        else for (const f of findings) if (!silenced(f.code, p.start + f.start)) total++;
        continue;
      }
      const at = doc.positionAt(p.start);
      const diagnostics = placedAt(before, next, findings, at, () =>
        findings.map((f) => findingToDiagnostic(doc, movedFinding(f, p.start))),
      );
      for (let i = 0; i < findings.length; i++) {
        if (silenced?.(findings[i].code, p.start + findings[i].start)) continue;
        total++;
        if (out.length < max) {
          out.push(diagnostics[i]);
          outFindings.push(findings[i]);
          outStarts.push(p.start);
        }
      }
    }
    this.placed = next;
    this.last = { version: doc.version, diagnostics: out, findings: outFindings, starts: outStarts };
    if (total > max) out.push(moreProblemsDiagnostic(total - max, max, locale));
    return out;
  }

  /**
   * The fixes of a diagnostic the client sends back (a copy of one we published), as edits in `doc`; undefined when
   * it is not one of the last publication or `doc` has changed since: fixes are never offered for other text.
   */
  fixesFor(doc: TextDocument, diagnostic: Diagnostic): DiagnosticFix[] | undefined {
    const last = this.last;
    if (!last || last.version !== doc.version) return undefined;
    for (let i = 0; i < last.findings.length; i++) {
      const d = last.diagnostics[i];
      if (d.code === diagnostic.code && d.message === diagnostic.message && sameRange(d.range, diagnostic.range))
        return fixesToLsp(doc, movedFinding(last.findings[i], last.starts[i]));
    }
    return undefined;
  }
}

const samePosition = (a: Position, b: Position | undefined) => a.line === b?.line && a.character === b.character;
const sameRange = (a: Range, b: Range | undefined) => samePosition(a.start, b?.start) && samePosition(a.end, b?.end);

/** One key per placement (a line has far fewer than 2^32 characters, a document far fewer than 2^21 lines). */
const placementKey = (at: Position) => at.line * 2 ** 32 + at.character;

/**
 * The paragraph's diagnostics at `at`: those of the last publication at the same place, else those of another
 * placement shifted, else `build()`. Recorded in `next` for the following publication.
 */
function placedAt(
  before: Placements,
  next: Placements,
  findings: readonly Finding[],
  at: Position,
  build: () => Diagnostic[],
): readonly Diagnostic[] {
  const key = placementKey(at);
  // The same paragraph text may stand at several places in one document (repeated paragraphs share their array).
  let now = next.get(findings);
  const old = before.get(findings);
  let placed = now?.get(key) ?? old?.get(key);
  if (!placed) {
    const from = first(now) ?? first(old);
    placed = {
      line: at.line,
      character: at.character,
      diagnostics: from ? from.diagnostics.map((d) => shifted(d, from, at)) : build(),
    };
  }
  if (!now) next.set(findings, (now = new Map<number, Placed>()));
  now.set(key, placed);
  return placed.diagnostics;
}

const first = (m: Map<number, Placed> | undefined): Placed | undefined => m?.values().next().value;

/** A diagnostic of a paragraph placed at `from`, for the same paragraph placed at `to`. */
function shifted(d: Diagnostic, from: Placed, to: Position): Diagnostic {
  const lines = to.line - from.line;
  const characters = to.character - from.character;
  // Only positions on the paragraph's first line count their characters from before the paragraph.
  const position = (p: Position): Position => ({
    line: p.line + lines,
    character: p.line === from.line ? p.character + characters : p.character,
  });
  return { ...d, range: { start: position(d.range.start), end: position(d.range.end) } };
}
