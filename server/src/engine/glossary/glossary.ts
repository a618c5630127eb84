import type { GlossaryData } from './model';

/** STUB: the indexed glossary. */
export class Glossary {
  constructor(readonly data: GlossaryData) {}
}
