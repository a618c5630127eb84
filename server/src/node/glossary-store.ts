/**
 * Keep-last-good: a glossary edit with a typo must not switch the checks off. When a reload
 * has problems, the previous Glossary stays in use and the problems are exposed so the
 * editor can show them on the YAML file.
 */
import type { Glossary, GlossaryProblem } from '../engine';
import { completionIndex } from '../engine/complete/completion-index';
import { glossaryDirs, loadGlossary } from './glossary-loader';
import type { GlossaryLoadResult, GlossaryLocation, LoadOptions } from './glossary-loader';

export type GlossaryLoadFn = (dirs: readonly string[], options?: LoadOptions) => GlossaryLoadResult;

export interface ReloadOutcome {
  ok: boolean;
  problems: GlossaryProblem[];
  /** True when the glossary in use changed. */
  changed: boolean;
}

/**
 * How long after a load the completion index is built and (after a load from YAML) the compiled glossary written
 * to the cache: late enough not to delay the first diagnostics, early enough to be ready when they are needed.
 */
export const AFTER_LOAD_DELAY_MS = 1000;

export class GlossaryStore {
  private current?: Glossary;
  private persistTimer: NodeJS.Timeout | undefined;
  private currentLocations: Record<string, GlossaryLocation> = {};
  private lastProblems: GlossaryProblem[] = [];
  private lastFiles: GlossaryLoadResult['files'] = [];
  private extra: string[] = [];

  constructor(
    private readonly load: GlossaryLoadFn = loadGlossary,
    private readonly bundledOnly: () => string[] = () => glossaryDirs([]),
  ) {}

  get glossary(): Glossary | undefined {
    return this.current;
  }
  get locations(): Record<string, GlossaryLocation> {
    return this.currentLocations;
  }
  get problems(): readonly GlossaryProblem[] {
    return this.lastProblems;
  }
  /** Texts read during the last reload, by path. */
  get files(): GlossaryLoadResult['files'] {
    return this.lastFiles;
  }
  get extraDirs(): readonly string[] {
    return this.extra;
  }
  /** All folders currently loaded (bundled first). */
  get dirs(): string[] {
    return glossaryDirs(this.extra);
  }

  setExtraDirs(dirs: readonly string[]): void {
    this.extra = [...dirs];
  }

  reload(options: LoadOptions = {}): ReloadOutcome {
    const result = this.load(this.dirs, options);
    this.lastProblems = result.problems;
    this.lastFiles = result.files;
    if (result.problems.length === 0 && result.glossary) {
      this.current = result.glossary;
      this.currentLocations = result.locations;
      this.afterLoad(result.glossary, result.persist);
      return { ok: true, problems: [], changed: true };
    }
    if (!this.current && this.extra.length > 0) {
      // Nothing good yet (first load) and an extra folder is broken: fall back to the bundled
      // glossary alone so drafts are still checked while the user fixes the YAML.
      const fallback = this.load(this.bundledOnly(), options);
      if (fallback.problems.length === 0 && fallback.glossary) {
        this.current = fallback.glossary;
        this.currentLocations = fallback.locations;
        this.afterLoad(fallback.glossary, fallback.persist);
        return { ok: false, problems: result.problems, changed: true };
      }
    }
    return { ok: false, problems: result.problems, changed: false };
  }

  /**
   * After a pause: builds the completion index (the first completion with 50,000 entries would otherwise wait for
   * it) and writes the compiled glossary to the cache. A newer load replaces the pending work.
   */
  private afterLoad(glossary: Glossary, persist: (() => void) | undefined): void {
    if (this.persistTimer) clearTimeout(this.persistTimer);
    this.persistTimer = setTimeout(() => {
      this.persistTimer = undefined;
      try {
        if (this.current === glossary) completionIndex(glossary);
        persist?.();
      } catch {
        // Both are optimisations: failing changes nothing else.
      }
    }, AFTER_LOAD_DELAY_MS);
    this.persistTimer.unref();
  }
}
