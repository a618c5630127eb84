import type { AsOf, CheckOptions } from '../api';

/** STUB */
export function resolveAsOf(_text: string, options: CheckOptions): AsOf {
  if (options.asOf) return { date: options.asOf, source: 'setting' };
  return { date: options.today ?? new Date().toISOString().slice(0, 10), source: 'today' };
}
