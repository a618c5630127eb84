/**
 * Whether a structure is plain data — objects, arrays, Maps, Sets, typed arrays, strings, numbers, booleans,
 * null — which a structured clone (v8.serialize) reproduces exactly, so that an index built once (the phrase trie)
 * can be stored and read back instead of rebuilt.
 *
 * It knows nothing of the structures it looks at, on purpose: the index belongs to the matcher, which may change
 * its shape at any time. Anything a clone would not reproduce — a class instance (its prototype would be lost), a
 * function, a symbol key, an accessor, a non-enumerable or array-extra property — makes it say no, and the caller
 * then simply does not store that index.
 */

const PLAIN_PROTOTYPES = new Set<unknown>([Object.prototype, null, Array.prototype, Map.prototype, Set.prototype]);
const TypedArray = Object.getPrototypeOf(Uint8Array) as abstract new () => ArrayBufferView;

export function isPlainData(value: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (v === null || v === undefined || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number')
      continue;
    if (typeof v !== 'object') return false; // function, symbol, bigint
    if (seen.has(v)) continue; // shared: a clone shares it too
    seen.add(v);
    if (v instanceof TypedArray) {
      if (Object.getPrototypeOf(Object.getPrototypeOf(v)) !== TypedArray.prototype) return false;
      continue;
    }
    const proto = Object.getPrototypeOf(v) as unknown;
    if (!PLAIN_PROTOTYPES.has(proto)) return false; // a class instance, Date, RegExp, …
    if (proto === Map.prototype) {
      for (const [k, x] of v as Map<unknown, unknown>) stack.push(k, x);
      if (Reflect.ownKeys(v).length) return false;
      continue;
    }
    if (proto === Set.prototype) {
      for (const x of v as Set<unknown>) stack.push(x);
      if (Reflect.ownKeys(v).length) return false;
      continue;
    }
    const fields = ownFields(v, proto === Array.prototype);
    if (!fields) return false;
    for (const x of fields) stack.push(x);
  }
  return true;
}

/** The values of an object's own properties, or undefined when one is not a plain enumerable data property. */
function ownFields(obj: object, isArray: boolean): unknown[] | undefined {
  const out: unknown[] = [];
  for (const key of Reflect.ownKeys(obj)) {
    if (typeof key === 'symbol') return undefined;
    if (isArray && key === 'length') continue;
    if (isArray && !/^(?:0|[1-9]\d*)$/.test(key)) return undefined;
    const d = Object.getOwnPropertyDescriptor(obj, key)!;
    if (!('value' in d) || !d.enumerable) return undefined;
    out.push(d.value);
  }
  if (isArray && out.length !== (obj as unknown[]).length) return undefined; // holes
  return out;
}

/**
 * The own fields of a class instance, when they are all plain data, to be stored in its place; else undefined.
 * Private `#fields` are invisible here: the caller checks that an instance revived from them behaves the same.
 */
export function instanceFields(instance: object): Record<string, unknown> | undefined {
  const fields: Record<string, unknown> = {};
  for (const key of Reflect.ownKeys(instance)) {
    const d = Object.getOwnPropertyDescriptor(instance, key)!;
    if (typeof key === 'symbol' || !('value' in d) || !d.enumerable) return undefined;
    fields[key] = d.value;
  }
  return isPlainData(fields) ? fields : undefined;
}

/**
 * An object with `fresh`'s prototype and the stored fields, provided they are exactly the own fields a fresh
 * instance has: fields stored for another shape of the class are refused.
 */
export function reviveInstance<T extends object>(fields: unknown, fresh: T): T {
  if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) throw new Error('bad instance');
  const expected = Object.keys(fresh).sort();
  const got = Object.keys(fields).sort();
  if (expected.length !== got.length || expected.some((k, i) => k !== got[i])) throw new Error('instance shape');
  return Object.assign(Object.create(Object.getPrototypeOf(fresh) as object) as T, fields);
}
