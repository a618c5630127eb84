/** The registry of checks, keyed by their public code. */
import type { CheckCode, Severity } from '../api';
import { capitalization } from './capitalization';
import { countMismatch } from './count-mismatch';
import { dissolvedBody } from './dissolved-body';
import { documentDate } from './document-date';
import { documentIssuer } from './document-issuer';
import { documentNumber } from './document-number';
import { documentSubject } from './document-subject';
import { documentSuperseded } from './document-superseded';
import { documentSymbol } from './document-symbol';
import { outdatedTitle } from './outdated-title';
import { termVariant } from './term-variant';
import { notInGlossary } from './not-in-glossary';
import type { Check } from './types';
import { wrongTitle } from './wrong-title';

export const CHECKS: Record<CheckCode, Check> = {
  'outdated-title': outdatedTitle,
  'wrong-title': wrongTitle,
  'dissolved-body': dissolvedBody,
  'document-date': documentDate,
  'document-issuer': documentIssuer,
  'document-subject': documentSubject,
  'document-number': documentNumber,
  'document-symbol': documentSymbol,
  'term-variant': termVariant,
  'count-mismatch': countMismatch,
  capitalization,
  'not-in-glossary': notInGlossary,
  'document-superseded': documentSuperseded,
};

/** Severity when the fact is confirmed and no setting overrides it. */
export const DEFAULT_SEVERITY: Record<CheckCode, Severity> = {
  'outdated-title': 'warning',
  'wrong-title': 'error',
  'dissolved-body': 'warning',
  'document-date': 'error',
  'document-issuer': 'error',
  'document-subject': 'error',
  'document-number': 'error',
  'document-symbol': 'warning',
  'term-variant': 'warning',
  'count-mismatch': 'warning',
  capitalization: 'information',
  'not-in-glossary': 'information',
  'document-superseded': 'information',
};
