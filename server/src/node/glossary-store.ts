/**
 * Keep-last-good: a glossary edit with a typo must not switch the checks off. When a reload
 * has problems, the previous Glossary stays in use and the problems are exposed so the
 * editor can show them on the YAML file.
 *
 * Last good is kept per file where it can be: a broken file of an extra folder is read at its last good text (or left
 * out if it never loaded), and every other file as it is now. So one broken file in a team folder neither hides the
 * team's other files nor stops an entry just added from taking effect.
 */
import * as path from 'node:path';
import type { Glossary, GlossaryProblem } from '../engine';
import { completionIndex } from '../engine/complete/completion-index';
import { glossaryDirs, loadGlossary } from './glossary-loader';
import type { GlossaryFileText, GlossaryLoadResult, GlossaryLocation, LoadOptions } from './glossary-loader';

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

/** What the glossary in force is made of: the answer to "which glossary is checking my draft?". */
export interface InForce {
  /** Files beyond the bundled glossary whose entries are in force (absolute paths, load order). */
  extraFiles: string[];
  /** Of those, files in force at their last good text because their current text has problems. */
  lastGoodFiles: string[];
  /** Files left out because they have problems and never loaded. */
  leftOut: string[];
  /** True when the whole glossary is an earlier one (the last reload could not be used even in part). */
  stale: boolean;
  /** True when only the bundled glossary is in force although extra folders are configured. */
  bundledOnly: boolean;
}

export class GlossaryStore {
  private current?: Glossary;
  private afterLoadTimer: NodeJS.Timeout | undefined;
  /** The adopted load's result: its locations and origins are read when first asked for (from the cache, lazily). */
  private currentSources: Pick<GlossaryLoadResult, 'locations' | 'origins'> = { locations: {} };
  private lastProblems: GlossaryProblem[] = [];
  private lastFiles: GlossaryLoadResult['files'] = [];
  private extra: string[] = [];
  /** Extra-folder files as they were in the glossary in force (their texts decoded only if one breaks later). */
  private goodTexts = new Map<string, GlossaryFileText>();
  private inForceState: InForce = { extraFiles: [], lastGoodFiles: [], leftOut: [], stale: false, bundledOnly: false };

  /** Whether the server is checking drafts now; writing the cache waits until it is not (see afterLoad). */
  busy: () => boolean = () => false;

  constructor(
    private readonly load: GlossaryLoadFn = loadGlossary,
    private readonly bundledOnly: () => string[] = () => glossaryDirs([]),
  ) {}

  get glossary(): Glossary | undefined {
    return this.current;
  }
  get locations(): Record<string, GlossaryLocation> {
    return this.currentSources.locations;
  }
  /** Entry id → every file that defines or extends it, for the glossary in force. */
  get origins(): Record<string, string[]> {
    return this.currentSources.origins ?? {};
  }
  get inForce(): InForce {
    return this.inForceState;
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
      this.adopt(result, result.glossary, []);
      return { ok: true, problems: [], changed: true };
    }
    const partial = this.withoutBrokenFiles(result, options);
    if (partial) {
      this.adopt(partial.result, partial.glossary, partial.replaced);
      return { ok: false, problems: result.problems, changed: true };
    }
    if (!this.current && this.extra.length > 0) {
      // Nothing good yet (first load) and an extra folder is broken: fall back to the bundled
      // glossary alone so drafts are still checked while the user fixes the YAML.
      const fallback = this.load(this.bundledOnly(), options);
      if (fallback.problems.length === 0 && fallback.glossary) {
        this.adopt(fallback, fallback.glossary, []);
        this.inForceState = { ...this.inForceState, bundledOnly: true };
        return { ok: false, problems: result.problems, changed: true };
      }
    }
    this.inForceState = { ...this.inForceState, stale: true };
    return { ok: false, problems: result.problems, changed: false };
  }

  /**
   * After a pause: builds the completion index (the first completion with 50,000 entries would otherwise wait for
   * it) and writes the compiled glossary to the cache. A newer load replaces the pending work.
   */
  private afterLoad(glossary: Glossary, persist: (() => void) | undefined): void {
    if (this.afterLoadTimer) clearTimeout(this.afterLoadTimer);
    this.afterLoadTimer = setTimeout(() => {
      this.afterLoadTimer = undefined;
      try {
        if (this.current === glossary) completionIndex(glossary);
        // Writing the cache compiles the glossary and checks the copy against it in one go (150-300 ms with the
        // bundled glossary): not while a draft is being checked, when requests are expected to be answered at once.
        if (persist && this.busy()) this.afterLoad(glossary, persist);
        else persist?.();
      } catch {
        // Both are optimisations: failing changes nothing else.
      }
    }, AFTER_LOAD_DELAY_MS);
    this.afterLoadTimer.unref();
  }

  private adopt(result: GlossaryLoadResult, glossary: Glossary, replaced: readonly string[]): void {
    this.current = glossary;
    this.afterLoad(glossary, result.persist);
    this.currentSources = result;
    const extraFiles: string[] = [];
    const lastGoodFiles: string[] = [];
    const leftOut: string[] = [];
    const good = new Map<string, GlossaryFileText>();
    for (const f of result.files) {
      if (!this.extra.some((d) => within(f.path, d))) continue;
      if (replaced.includes(f.path)) {
        const before = this.goodTexts.get(f.path);
        if (before === undefined) {
          leftOut.push(f.path);
          continue;
        }
        lastGoodFiles.push(f.path);
      }
      extraFiles.push(f.path);
      good.set(f.path, f);
    }
    this.goodTexts = good;
    this.inForceState = { extraFiles, lastGoodFiles, leftOut, stale: false, bundledOnly: false };
  }

  /**
   * The same folders with every broken file of an extra folder read at its last good text (or as an empty file when
   * it never loaded). Undefined when a problem cannot be pinned on such a file (a missing folder, a problem in the
   * bundled glossary, a reference the parser could not place) or when the result still has problems.
   */
  private withoutBrokenFiles(
    result: GlossaryLoadResult,
    options: LoadOptions,
  ): { result: GlossaryLoadResult; glossary: Glossary; replaced: string[] } | undefined {
    if (this.extra.length === 0 || result.problems.length === 0) return undefined;
    const broken = new Set<string>();
    for (const p of result.problems) {
      const file = p.file ? path.resolve(p.file) : '';
      if (!/\.ya?ml$/i.test(file) || !this.extra.some((d) => within(file, d))) return undefined;
      broken.add(file);
    }
    const overrides = new Map(options.overrides ?? []);
    for (const file of broken) overrides.set(file, this.goodTexts.get(file)?.text ?? '');
    const retry = this.load(this.dirs, { ...options, overrides });
    if (retry.problems.length || !retry.glossary) return undefined;
    return { result: retry, glossary: retry.glossary, replaced: [...broken] };
  }
}

function within(file: string, dir: string): boolean {
  const rel = path.relative(path.resolve(dir), path.resolve(file));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
