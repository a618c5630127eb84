import type { CheckOptions, HoverResult } from '../api';
import type { Glossary } from '../glossary/glossary';

/** STUB */
export function hover(_text: string, _offset: number, _glossary: Glossary, _options: CheckOptions = {}): HoverResult | null {
  return null;
}
