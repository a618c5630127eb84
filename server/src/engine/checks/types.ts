import type { CheckCode, Locale } from '../api';
import type { Analysis } from '../analysis';
import type { Glossary } from '../glossary/glossary';
import type { Confidence } from '../glossary/model';

/** An edit in normalized-text offsets; the runner maps it back to the original text. */
export interface RawEdit {
  start: number;
  end: number;
  newText: string;
}

export interface RawFix {
  title: string;
  edits: RawEdit[];
  preferred?: boolean;
}

export interface RawFinding {
  code: CheckCode;
  start: number;
  end: number;
  message: string;
  fixes: RawFix[];
  /** The weakest confidence among the facts used; unconfirmed is never an error. */
  confidence: Confidence;
  /** A ceiling on the severity whatever the setting: usage that is tolerated but could be better. */
  maxSeverity?: 'warning' | 'information' | 'hint';
  refs?: string[];
}

export interface CheckContext {
  glossary: Glossary;
  analysis: Analysis;
  locale: Locale;
}

/** A check's findings on one paragraph; the runner only reads them. */
export type Check = (ctx: CheckContext) => readonly RawFinding[];

/**
 * What a check returns when a paragraph gives it nothing to look at (most paragraphs, for most checks): one shared
 * empty list, so such a paragraph allocates nothing.
 */
export const NO_FINDINGS: readonly RawFinding[] = [];

const ORDER: Confidence[] = ['confirmed', 'partly-confirmed', 'unconfirmed'];
export function weakest(...cs: (Confidence | undefined)[]): Confidence {
  return cs.reduce<Confidence>((acc, c) => (c && ORDER.indexOf(c) > ORDER.indexOf(acc) ? c : acc), 'confirmed');
}
