/**
 * Per-document settings. VS Code settings can differ per folder/resource, so they are asked for
 * with the document as scope and cached until the client says configuration changed.
 * Clients without `workspace/configuration` give us settings in initializationOptions.settings
 * (and later in didChangeConfiguration's params.settings).
 */
import type { CheckOptions, Locale } from '../engine';
import {
  DEFAULT_SETTINGS,
  readSettings,
  SETTINGS_SECTION,
  settingProblems,
  type SettingProblem,
  type Settings,
} from '../settings/settings';

export type ConfigFetcher = (scopeUri: string | undefined) => Promise<unknown>;

/** Told about every invalid value read (the settings it was read into give the user's locale). */
export type ProblemListener = (problems: SettingProblem[], settings: Settings) => void;

export class SettingsCache {
  private readonly cache = new Map<string, Promise<Settings>>();
  private fallback: Settings = DEFAULT_SETTINGS;

  /**
   * @param fetch undefined when the client has no configuration capability.
   * @param onProblems told about invalid values, which are ignored (the defaults apply).
   */
  constructor(
    private readonly fetch: ConfigFetcher | undefined,
    private readonly onProblems: ProblemListener = () => undefined,
  ) {}

  /** Settings pushed by the client (initializationOptions or didChangeConfiguration). */
  setFallback(raw: unknown): void {
    this.fallback = this.read(raw);
  }

  private read(raw: unknown): Settings {
    const settings = readSettings(raw);
    const problems = settingProblems(raw);
    if (problems.length > 0) this.onProblems(problems, settings);
    return settings;
  }

  get(uri: string | undefined): Promise<Settings> {
    if (!this.fetch) return Promise.resolve(this.fallback);
    const key = uri ?? '';
    let p = this.cache.get(key);
    if (!p) {
      p = this.fetch(uri).then(
        (raw) => (raw == null ? this.fallback : this.read(raw)),
        () => this.fallback,
      );
      this.cache.set(key, p);
    }
    return p;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }
}

/** Extract our section from whatever shape a client used for initializationOptions / didChangeConfiguration. */
export function pushedSettings(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object') return undefined;
  const r = raw as Record<string, unknown>;
  if (r.settings && typeof r.settings === 'object') return pushedSettings(r.settings) ?? r.settings;
  if (r[SETTINGS_SECTION] && typeof r[SETTINGS_SECTION] === 'object') return r[SETTINGS_SECTION];
  return undefined;
}

/** "auto" follows the editor's display language: English if it is English, else Vietnamese. */
export function resolveLocale(setting: Settings['locale'], clientLocale: string | undefined): Locale {
  if (setting === 'vi' || setting === 'en') return setting;
  return clientLocale?.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

export function checkOptions(settings: Settings, clientLocale: string | undefined): CheckOptions {
  return {
    ...(settings.asOfDate ? { asOf: settings.asOfDate } : {}),
    locale: resolveLocale(settings.locale, clientLocale),
    severity: settings.severity,
  };
}
