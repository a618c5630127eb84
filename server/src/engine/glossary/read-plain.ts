/**
 * The fast way in for a glossary file that has nothing wrong with it. js-yaml (which passes the YAML test suite)
 * turns the text into an event stream and values about ten times faster than the `yaml` package builds its
 * syntax tree with positions, and we only need one position per entry: the line where it starts.
 *
 * This reader never reports a problem. It accepts only plain files — one document, no directives, tags, anchors or
 * aliases, within the size and depth limits — and gives up (returns undefined) on anything else or on any parse
 * error; the caller then reads the file the careful way (parse.ts), which finds and locates every problem exactly
 * as before. Schema validation of an accepted file happens in the caller, also with a fall back on failure.
 */
import { constructFromEvents, CORE_SCHEMA, EVENT_ID, getScalarValue, parseEvents, type Event } from 'js-yaml';
import { lineAt, lineStarts } from '../text/lines';

export interface PlainRead {
  /** The document's value (null for a document with no content). */
  value: unknown;
  /** 1-based line where each entry of each top-level section starts, in order: `/terms/3` → lines.terms[3]. */
  lines: Record<string, number[]>;
}

export interface PlainLimits {
  maxChars: number;
  maxNodes: number;
  maxDepth: number;
}

interface Open {
  type: typeof EVENT_ID.MAPPING | typeof EVENT_ID.SEQUENCE | typeof EVENT_ID.DOCUMENT;
  /** Children seen so far (in a mapping keys and values alternate). */
  children: number;
}

export function readPlainYaml(original: string, limits: PlainLimits): PlainRead | undefined {
  if (original.length > limits.maxChars || original.includes('\uFFFD') || original.includes('\u0000')) return undefined;
  // As the careful reader does: a lone CR (old Mac line ending) is a line break, and LF in its place keeps offsets.
  const text = original.includes('\r') ? original.replace(/\r(?!\n)/g, '\n') : original;
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: limits.maxDepth });
  } catch {
    return undefined;
  }
  const starts: Record<string, number[]> = {};
  const stack: Open[] = [];
  let documents = 0;
  let nodes = 0;
  let section = '';
  // Our own node bound is halved here: the two parsers may count a few nodes differently, and a file near the
  // limit is left to the careful reader, which decides whether it is over.
  const maxNodes = limits.maxNodes / 2;
  for (const e of events) {
    if (e.type === EVENT_ID.POP) {
      stack.pop();
      continue;
    }
    if (e.type === EVENT_ID.DOCUMENT) {
      if (++documents > 1 || e.directives.length > 0) return undefined;
      stack.push({ type: e.type, children: 0 });
      continue;
    }
    if (e.type === EVENT_ID.ALIAS || e.anchorStart !== -1 || e.tagStart !== -1 || ++nodes > maxNodes) return undefined;
    const parent = stack[stack.length - 1];
    const index = parent ? parent.children++ : 0;
    const depth = stack.length; // 1: the document's own node
    if (e.type === EVENT_ID.SCALAR) {
      // A key of the top-level mapping names the section whose entries follow.
      if (depth === 2 && parent.type === EVENT_ID.MAPPING && index % 2 === 0) section = getScalarValue(text, e);
      continue;
    }
    // An entry: a mapping in a sequence that is the value of a top-level key.
    if (e.type === EVENT_ID.MAPPING && depth === 3 && parent.type === EVENT_ID.SEQUENCE) {
      (starts[section] ??= []).push(e.start);
    }
    stack.push({ type: e.type, children: 0 });
  }
  if (documents !== 1) return undefined; // empty or comment-only: the careful reader decides
  let value: unknown;
  try {
    [value] = constructFromEvents(events, { source: text, schema: CORE_SCHEMA, maxAliases: 0 });
  } catch {
    return undefined;
  }
  return { value: value ?? null, lines: toLines(original, starts) };
}

/** Offsets → 1-based line numbers, as editors count lines (\r\n, \r and \n all end one). */
function toLines(text: string, starts: Record<string, number[]>): Record<string, number[]> {
  const lines = lineStarts(text);
  const out: Record<string, number[]> = {};
  for (const [section, offsets] of Object.entries(starts)) out[section] = offsets.map((o) => lineAt(lines, o) + 1);
  return out;
}
