/**
 * Memos kept on the objects they are about, for objects that live as long as one paragraph's analysis (the analysis,
 * its sentences, its citations). A WeakMap keyed by such short-lived objects costs the garbage collector about half a
 * microsecond per entry (weak keys are traced apart), more than most of what is remembered; a slot on the object
 * costs nothing and dies with it.
 */

/** An object that can carry memos: the slots are created on first use. */
export interface Memoizable {
  memo?: unknown[];
}

/** One kind of memo: its slot number on every object, and the type of what is kept there. */
export class MemoSlot<T> {
  private static count = 0;
  private readonly index = MemoSlot.count++;

  /** The memo of `owner`, computed by `compute` the first time it is asked. */
  of<O extends Memoizable>(owner: O, compute: (owner: O) => T): T {
    const memo = (owner.memo ??= []);
    let value = memo[this.index] as T | undefined;
    if (value === undefined) memo[this.index] = value = compute(owner);
    return value;
  }
}
