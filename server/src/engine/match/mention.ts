/** What the phrase index finds in a text: a glossary entry's form, where it is written. */

export type MentionTarget =
  | { type: 'person'; id: string }
  | { type: 'honorific'; person?: string }
  | { type: 'office'; id: string }
  | { type: 'role'; role: string }
  | { type: 'body'; id: string }
  | { type: 'term'; id: string }
  | { type: 'discouraged'; termId: string; index: number }
  | { type: 'enum-head'; id: string };

/**
 * The target types in the order the compact phrase index numbers them (the numbers are stored in glossary snapshots:
 * append, never reorder). A type's number is a mention's `kind`.
 */
export const TARGET_TYPES: ReadonlyArray<MentionTarget['type']> = [
  'person',
  'honorific',
  'office',
  'role',
  'body',
  'term',
  'discouraged',
  'enum-head',
];

/**
 * Each type's number as a constant (a test holds them equal to TARGET_TYPES): checks test `m.kind` on the mention,
 * one object shape, instead of reading `target.type` over eight target shapes.
 */
export const KIND_PERSON = 0;
export const KIND_HONORIFIC = 1;
export const KIND_OFFICE = 2;
export const KIND_ROLE = 3;
export const KIND_BODY = 4;
export const KIND_TERM = 5;
export const KIND_DISCOURAGED = 6;
export const KIND_ENUM_HEAD = 7;

const KINDS = Object.fromEntries(TARGET_TYPES.map((type, i) => [type, i])) as Record<MentionTarget['type'], number>;

/** The number of a target's type (Mention.kind). */
export function kindOf(t: Pick<MentionTarget, 'type'>): number {
  return KINDS[t.type];
}

/** A mention of one target type. */
export type MentionOf<T extends MentionTarget['type']> = Mention & { target: Extract<MentionTarget, { type: T }> };

export function isBody(m: Mention): m is MentionOf<'body'> {
  return m.kind === KIND_BODY;
}

export function isOffice(m: Mention): m is MentionOf<'office'> {
  return m.kind === KIND_OFFICE;
}

export function isPerson(m: Mention): m is MentionOf<'person'> {
  return m.kind === KIND_PERSON;
}

export function isDiscouraged(m: Mention): m is MentionOf<'discouraged'> {
  return m.kind === KIND_DISCOURAGED;
}

export function isEnumHead(m: Mention): m is MentionOf<'enum-head'> {
  return m.kind === KIND_ENUM_HEAD;
}

export type MentionClass = 'name' | 'title' | 'body' | 'term' | 'enum';

export function mentionClass(t: MentionTarget): MentionClass {
  switch (t.type) {
    case 'person':
    case 'honorific':
      return 'name';
    case 'office':
    case 'role':
      return 'title';
    case 'body':
      return 'body';
    case 'enum-head':
      return 'enum';
    default:
      return 'term';
  }
}

export interface Mention {
  /** Offsets in the normalized text. */
  start: number;
  end: number;
  /** Token index range [first, last). */
  first: number;
  last: number;
  target: MentionTarget;
  /** kindOf(target), stored: what checks test. */
  kind: number;
}
