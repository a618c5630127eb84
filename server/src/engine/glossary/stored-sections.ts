/**
 * A glossary's data as a compiled snapshot stores it: each section as JSON, parsed when first read. A cached load
 * then costs what reading the snapshot costs, and a section no check reads (documents, in a draft that cites none)
 * is never parsed at all.
 */
import { GLOSSARY_SECTIONS, type GlossaryData } from './model';

export type GlossarySection = (typeof GLOSSARY_SECTIONS)[number];

/** Each section of the data as JSON, and how many entries it has (what a stored glossary keeps). */
export interface StoredSections {
  json: Record<GlossarySection, string>;
  lengths: Record<GlossarySection, number>;
}

const storedLengths = new WeakMap<object, Record<GlossarySection, number>>();

export function storeSections(data: GlossaryData): StoredSections {
  const json = {} as Record<GlossarySection, string>;
  const lengths = {} as Record<GlossarySection, number>;
  for (const s of GLOSSARY_SECTIONS) {
    json[s] = JSON.stringify(data[s]);
    lengths[s] = data[s].length;
  }
  return { json, lengths };
}

/**
 * The data of stored sections, each parsed from its JSON when first read (then an ordinary property): a check
 * that never reads the documents does not pay for parsing them. Throws at once when the stored form is not of this
 * outline (each section a JSON array of its stated length is checked as it is parsed).
 */
export function sectionsData(stored: StoredSections): GlossaryData {
  const data = {} as Record<GlossarySection, unknown[]>;
  for (const s of GLOSSARY_SECTIONS) {
    const json = stored.json?.[s];
    const length = stored.lengths?.[s];
    if (typeof json !== 'string' || json[0] !== '[' || !json.endsWith(']') || !Number.isInteger(length))
      throw new Error('shape');
    Object.defineProperty(data, s, {
      configurable: true,
      enumerable: true,
      get(): unknown[] {
        const value = JSON.parse(json) as unknown;
        if (!Array.isArray(value) || value.length !== length) throw new Error(`stored glossary section ${s}: shape`);
        const section: unknown[] = value;
        Object.defineProperty(data, s, { value: section, writable: true, configurable: true, enumerable: true });
        return section;
      },
    });
  }
  storedLengths.set(data, { ...stored.lengths });
  return data as unknown as GlossaryData;
}

/** How many entries a section has, without parsing it when it is still stored. */
export function sectionLength(data: GlossaryData, s: GlossarySection): number {
  // Once parsed (or for data that was never stored), the section itself.
  const own = Object.getOwnPropertyDescriptor(data, s);
  if (!own || 'value' in own) return data[s].length;
  return storedLengths.get(data)?.[s] ?? data[s].length;
}
