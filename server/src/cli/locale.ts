/** Which language the CLI speaks: --locale, else the POSIX locale variables (LC_ALL > LC_MESSAGES > LANG). */
import type { Locale } from '../engine';

export function isLocale(s: string | undefined): s is Locale {
  return s === 'vi' || s === 'en';
}

/**
 * POSIX precedence: the first non-empty of LC_ALL, LC_MESSAGES, LANG decides. Our readers are Vietnamese, so anything
 * but an explicit English locale ("en", "en_US.UTF-8") speaks Vietnamese, including unset, "C" and "POSIX".
 */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): Locale {
  const posix = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  return /^en([_.@-]|$)/i.test(posix) ? 'en' : 'vi';
}
