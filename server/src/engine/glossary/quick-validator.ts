/**
 * The glossary schema as a first-error validator: whether a file read the fast way (read-plain.ts) is valid. A failed
 * file is read again the careful way, whose validator lists every error (parse.ts).
 *
 * Compiling the schema is a tenth of a first load of 50,000 entries, and it is the same work at every start: the
 * bundles (scripts/build.mjs) replace this module by the validator Ajv generates from the same schema with the same
 * options at build time (Ajv's "standalone" code, the code `compile` would generate and evaluate here). Run from
 * source (tests, tsx), it is compiled on first use.
 */
import Ajv from 'ajv';
import schema from '../../../../glossary/schema/glossary.schema.json';

/**
 * Options of the quick validator (scripts/build.mjs compiles with these too). The schema is ours and checked against
 * JSON Schema's meta-schema by the careful validator and by test/glossary: checking it again is a third of compiling.
 */
export const QUICK_VALIDATOR_OPTIONS = { strict: false, validateSchema: false } as const;

/** True when the value is a valid glossary file. */
export function quickValidator(): (value: unknown) => boolean {
  const validate = new Ajv(QUICK_VALIDATOR_OPTIONS).compile(schema);
  return (value) => validate(value);
}
