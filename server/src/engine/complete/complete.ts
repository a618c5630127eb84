import type { CheckOptions, CompletionCandidate } from '../api';
import type { Glossary } from '../glossary/glossary';

/** STUB */
export function complete(_text: string, _offset: number, _glossary: Glossary, _options: CheckOptions = {}): CompletionCandidate[] {
  return [];
}
