/**
 * The proposals as one YAML document (written with the `yaml` library, which the glossary parser also reads):
 * `sources` in the glossary's own format, then `proposals`, each with its evidence, sightings, missing fields and
 * `entry`, the glossary fragment to copy. Dates are quoted, as the glossary's README asks.
 */
import { Document, isScalar, Scalar, visit } from 'yaml';
import { proposalEntry, type ExtractResult, type Locale, type Proposal } from '../../engine';
import { extractMessages } from './messages';

export interface OutputContext {
  version: string;
  locale: Locale;
  /** The glossary folders read, as shown. */
  glossary: string[];
  withheld: string[];
  files: number;
}

export function proposalsYaml(result: ExtractResult, ctx: OutputContext): string {
  const m = extractMessages(ctx.locale);
  const doc = new Document({
    generator: `chinh-danh extract ${ctx.version}`,
    glossary: ctx.glossary,
    ...(ctx.withheld.length ? { withheld: ctx.withheld } : {}),
    files: ctx.files,
    sources: result.sources,
    proposals: result.proposals.map((p) => describe(p, ctx.locale)),
  });
  doc.commentBefore = m.header.join('\n');
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(node.value))
        node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc.toString({ lineWidth: 0 });
}

function describe(p: Proposal, locale: Locale): Record<string, unknown> {
  return {
    kind: p.kind,
    confidence: p.confidence,
    summary: summary(p, locale),
    evidence: p.evidence,
    seen: p.seen.map((s) => `${s.file}:${s.line}`),
    ...(p.missing.length ? { missing: p.missing } : {}),
    ...(p.kind === 'document' && p.sameNumber.length ? { sameNumberAs: p.sameNumber } : {}),
    entry: proposalEntry(p),
  };
}

function summary(p: Proposal, locale: Locale): string {
  const m = extractMessages(locale);
  switch (p.kind) {
    case 'person':
    case 'tenure':
      return `${p.acting ? `${m.acting} ` : ''}${p.title} ${p.name} (${m.events[p.event]})`;
    case 'document':
      return `${p.document.kind} ${p.document.symbol ?? p.document.number}`;
    case 'term':
      return `“${p.term}”`;
  }
}
