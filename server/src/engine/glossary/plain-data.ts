/**
 * A lossless JSON form for trees of plain data — objects, arrays, Maps, Sets, strings, finite numbers, booleans,
 * null — so an index built once (the phrase trie) can be stored and read back without being rebuilt.
 *
 * It knows nothing of the structures it stores, on purpose: the index belongs to the matcher, which may change
 * its shape at any time. Anything this form cannot reproduce exactly — a class instance, a function, a shared or
 * cyclic reference, `undefined`, NaN, a symbol key, an accessor — makes `encodePlain` return undefined, and the
 * caller then simply does not store that index.
 */

/** Tags are keys no encoded plain object can have (encoding refuses keys that start with NUL). */
const MAP = '\u0000map';
const SET = '\u0000set';

export type Encoded = null | boolean | number | string | Encoded[] | { [key: string]: Encoded };

class NotPlain extends Error {}

/** The JSON-able form of `value`, or undefined when it is not a tree of plain data. */
export function encodePlain(value: unknown): Encoded | undefined {
  const seen = new Set<object>();
  const enc = (v: unknown): Encoded => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw new NotPlain();
      return v;
    }
    if (typeof v !== 'object') throw new NotPlain(); // undefined, function, symbol, bigint
    if (seen.has(v)) throw new NotPlain(); // shared or cyclic: a tree would duplicate it
    seen.add(v);
    const proto = Object.getPrototypeOf(v) as unknown;
    if (proto === Array.prototype) {
      const list = v as unknown[];
      const out: Encoded[] = new Array<Encoded>(list.length);
      for (let i = 0; i < list.length; i++) {
        if (!(i in list)) throw new NotPlain(); // a hole
        out[i] = enc(list[i]);
      }
      if (Object.keys(list).length !== list.length) throw new NotPlain(); // extra properties on the array
      return out;
    }
    if (proto === Map.prototype) {
      const flat: Encoded[] = [];
      for (const [k, x] of v as Map<unknown, unknown>) flat.push(enc(k), enc(x));
      return { [MAP]: flat };
    }
    if (proto === Set.prototype) return { [SET]: [...(v as Set<unknown>)].map(enc) };
    if (proto !== Object.prototype && proto !== null) throw new NotPlain(); // a class instance, Date, RegExp, …
    return encodeFields(v, enc);
  };
  try {
    return enc(value);
  } catch (err) {
    if (err instanceof NotPlain) return undefined;
    throw err;
  }
}

/** The own fields of an object (plain, or an instance whose fields are to be stored), encoded. */
export function encodeFields(obj: object, enc: (v: unknown) => Encoded = encodeOrThrow): { [key: string]: Encoded } {
  if (Object.getOwnPropertySymbols(obj).length) throw new NotPlain();
  const out: { [key: string]: Encoded } = {};
  for (const key of Object.getOwnPropertyNames(obj)) {
    const d = Object.getOwnPropertyDescriptor(obj, key)!;
    if (!('value' in d) || !d.enumerable || key.startsWith('\u0000')) throw new NotPlain();
    out[key] = enc(d.value);
  }
  return out;
}

function encodeOrThrow(v: unknown): Encoded {
  const e = encodePlain(v);
  if (e === undefined) throw new NotPlain();
  return e;
}

/**
 * An instance of a class stored field by field: `{ fields }` of `instance`, or undefined when a field is not
 * plain data. Private `#fields` are invisible here; the caller checks the revived object behaves the same.
 */
export function encodeInstance(instance: object): { [key: string]: Encoded } | undefined {
  try {
    return encodeFields(instance);
  } catch (err) {
    if (err instanceof NotPlain) return undefined;
    throw err;
  }
}

/** The value `encodePlain` stored. Throws on a shape it did not write (a corrupted or foreign file). */
export function decodePlain(e: Encoded): unknown {
  if (e === null || typeof e !== 'object') return e;
  if (Array.isArray(e)) return e.map(decodePlain);
  const keys = Object.keys(e);
  if (keys.length === 1 && keys[0] === MAP) {
    const flat = e[MAP];
    if (!Array.isArray(flat) || flat.length % 2) throw new Error('bad map in snapshot');
    const map = new Map<unknown, unknown>();
    for (let i = 0; i < flat.length; i += 2) map.set(decodePlain(flat[i]), decodePlain(flat[i + 1]));
    return map;
  }
  if (keys.length === 1 && keys[0] === SET) {
    const list = e[SET];
    if (!Array.isArray(list)) throw new Error('bad set in snapshot');
    return new Set(list.map(decodePlain));
  }
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    if (k.startsWith('\u0000')) throw new Error('bad key in snapshot');
    out[k] = decodePlain(e[k]);
  }
  return out;
}

/**
 * An object with `proto` as prototype and the decoded fields, provided they are exactly the own fields a fresh
 * instance (`fresh`) has: a snapshot written for another shape of the class is refused.
 */
export function reviveInstance<T extends object>(fields: Encoded, fresh: T): T {
  if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) throw new Error('bad instance');
  const expected = Object.getOwnPropertyNames(fresh).sort();
  const got = Object.keys(fields).sort();
  if (expected.length !== got.length || expected.some((k, i) => k !== got[i])) throw new Error('instance shape');
  const out = Object.create(Object.getPrototypeOf(fresh) as object) as Record<string, unknown>;
  for (const k of got) out[k] = decodePlain(fields[k]);
  return out as T;
}
