/**
 * What the protocol fuzz generates: Vietnamese drafts mixed with glossary phrases and the characters
 * that break naive offset handling (NFD, CRLF/CR, BOM, zero-width, surrogate pairs, controls), and
 * sequences of editor operations on them. Operations name documents and positions indirectly (a slot
 * number, a fraction of the text), so fast-check can shrink a sequence and it stays meaningful.
 */
import fc from 'fast-check';

/** Phrases the checks react to: outdated titles, documents, dissolved bodies, term variants, dates. */
const GLOSSARY_PHRASES = [
  'Bộ trưởng Ngoại giao Bùi Thanh Sơn',
  'Tổng Bí thư Tô Lâm',
  'Thủ tướng Phạm Minh Chính',
  'Chủ tịch nước',
  'Bộ Ngoại giao',
  'Bộ Kế hoạch và Đầu tư',
  'Nghị quyết 34/NQ-TW',
  'Nghị quyết số 34-NQ/TW ngày 9/1/2023 của Bộ Chính trị',
  'Đại hội 14',
  'Đại hội XIV',
  'hai trụ cột đối ngoại',
  'nguyên Bộ trưởng',
  'Ngày 10/9/2023,',
  'tháng 7/2024',
  'năm 2023',
  'Hà Nội, ngày 23 tháng 11 năm 2026',
  'date: 2026-11-23',
  // Directives: the server's diagnostics, built paragraph by paragraph, must drop what they silence.
  '<!-- chinh-danh-disable outdated-title -->',
  '<!-- chinh-danh-enable -->',
  '%% chinh-danh-disable-next-line',
];

const WORDS = ['hôm nay', 'đoàn', 'tiếp', 'Đại sứ', 'hội nghị', 'đối ngoại', 'quan hệ', 'hợp tác', 'Việt Nam', 'và'];

/** Separators and the characters that sit between UTF-16 units or between a letter and its marks. */
const ODD = ['\r\n', '\r', '\n', '\n\n', '\ufeff', '\u200b', '\u200d', '\u0301', '\u0323', '😀', '𠀧', '\u0007', '\t'];
const PUNCT = ['  ', '.', ', ', '—'];

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...GLOSSARY_PHRASES) },
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...ODD, ...PUNCT) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
);

/** A short draft: fragments joined by spaces, sometimes NFD (as pasted from macOS) or with a leading BOM. */
export const textArb: fc.Arbitrary<string> = fc
  .record({
    parts: fc.array(fragment, { maxLength: 24 }),
    form: fc.constantFrom('as-is', 'as-is', 'NFD', 'BOM'),
  })
  .map(({ parts, form }) => {
    const text = parts.join(' ');
    if (form === 'NFD') return text.normalize('NFD');
    return form === 'BOM' ? `\ufeff${text}` : text;
  });

/** Where in a text: a fraction of its length, or (snap) inside a surrogate pair / before a combining mark. */
export interface Spot {
  frac: number;
  snap: 'none' | 'surrogate' | 'mark';
}

const spotArb: fc.Arbitrary<Spot> = fc.record({
  frac: fc.double({ min: 0, max: 1, noNaN: true }),
  snap: fc.constantFrom('none', 'none', 'surrogate', 'mark'),
});

/** Settings as a client might send them, invalid values included (they must be ignored, not crash). */
export const configArb: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    asOfDate: fc.constantFrom('', '2023-06-01', '2026-11-23', '2025-03-01', '2023-02-30', '9999-99-99', 42, null),
    locale: fc.constantFrom('auto', 'vi', 'en', 'fr', 7),
    severity: fc.constantFrom(
      {},
      { 'outdated-title': 'off' },
      { 'term-variant': 'error', capitalization: 'hint' },
      { 'document-symbol': 'nonsense' },
      'not an object',
    ),
    // A broken extra glossary keeps the bundled one in force (keep last good): the oracle stays valid.
    glossaryPaths: fc.constantFrom([], ['/dev/zero'], ['/nonexistent/glossary'], 'nope'),
  },
  { requiredKeys: [] },
);

export type Op =
  | { kind: 'open'; slot: number; text: string; ext: 'md' | 'txt' }
  | { kind: 'edit'; slot: number; at: Spot; deleteLength: number; insert: string }
  | { kind: 'completion'; slot: number; at: Spot }
  | { kind: 'hover'; slot: number; at: Spot }
  | { kind: 'codeAction'; slot: number; apply: boolean }
  | { kind: 'config'; settings: Record<string, unknown> }
  | { kind: 'close'; slot: number };

/** Documents are named by slot (0..SLOTS-1); an operation on a slot that is not open opens it first. */
export const SLOTS = 3;
const slot = fc.integer({ min: 0, max: SLOTS - 1 });
const extArb = fc.constantFrom<'md' | 'txt'>('md', 'txt');

export const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('open' as const), slot, text: textArb, ext: extArb }) },
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      slot,
      at: spotArb,
      deleteLength: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 40 })),
      insert: fc.oneof(fc.constant(''), fc.constantFrom(...ODD, ...PUNCT), textArb),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('completion' as const), slot, at: spotArb }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('hover' as const), slot, at: spotArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('codeAction' as const), slot, apply: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('config' as const), settings: configArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('close' as const), slot }) },
);

/** A UTF-16 offset in `text` for a spot; snapping falls back to the plain fraction when there is no target. */
export function offsetOf(text: string, at: Spot): number {
  const plain = Math.min(text.length, Math.floor(at.frac * (text.length + 1)));
  if (at.snap === 'none') return plain;
  const targets: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (at.snap === 'surrogate' ? c >= 0xdc00 && c <= 0xdfff : c >= 0x0300 && c <= 0x036f) targets.push(i);
  }
  return targets.length ? targets[Math.min(targets.length - 1, Math.floor(at.frac * targets.length))] : plain;
}
