import type { CheckOptions, CheckResult } from './api';
import type { Glossary } from './glossary/glossary';
import { resolveAsOf } from './time/as-of';

/** STUB */
export function check(text: string, _glossary: Glossary, options: CheckOptions = {}): CheckResult {
  return { asOf: resolveAsOf(text, options), findings: [] };
}
