/**
 * Keep-last-good: a glossary edit with a typo must not switch the checks off. When a reload
 * has problems, the previous Glossary stays in use and the problems are exposed so the
 * editor can show them on the YAML file.
 */
import type { Glossary, GlossaryProblem } from '../engine';
import { glossaryDirs, loadGlossary } from './glossary-loader';
import type { GlossaryLoadResult, GlossaryLocation, LoadOptions } from './glossary-loader';

export type GlossaryLoadFn = (dirs: readonly string[], options?: LoadOptions) => GlossaryLoadResult;

export interface ReloadOutcome {
  ok: boolean;
  problems: GlossaryProblem[];
  /** True when the glossary in use changed. */
  changed: boolean;
}

export class GlossaryStore {
  private current?: Glossary;
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
      return { ok: true, problems: [], changed: true };
    }
    if (!this.current && this.extra.length > 0) {
      // Nothing good yet (first load) and an extra folder is broken: fall back to the bundled
      // glossary alone so drafts are still checked while the user fixes the YAML.
      const fallback = this.load(this.bundledOnly(), options);
      if (fallback.problems.length === 0 && fallback.glossary) {
        this.current = fallback.glossary;
        this.currentLocations = fallback.locations;
        return { ok: false, problems: result.problems, changed: true };
      }
    }
    return { ok: false, problems: result.problems, changed: false };
  }
}
