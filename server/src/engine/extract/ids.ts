/** Glossary ids for proposed entries, by the glossary's own convention: the name without diacritics, hyphenated. */
import { foldKey } from '../text/normalize';

export function slug(s: string): string {
  return foldKey(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
