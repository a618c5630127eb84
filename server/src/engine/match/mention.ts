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
}
