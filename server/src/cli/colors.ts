/**
 * Colour on or off, following https://no-color.org and the FORCE_COLOR convention (as Node and most CLIs do):
 * FORCE_COLOR wins ("0"/"false" forces it off), then NO_COLOR, then "is this stream a terminal (and not dumb)".
 * picocolors does the styling; we decide per stream ourselves because it only looks at stdout at import time.
 */
import { createColors } from 'picocolors';

export type Colors = ReturnType<typeof createColors>;

export function colorEnabled(env: Readonly<Record<string, string | undefined>>, isTTY: boolean | undefined): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR) return false;
  return isTTY === true && env.TERM !== 'dumb';
}

export function colors(enabled: boolean | undefined): Colors {
  // Never undefined: picocolors would take its own guess (which turns colour on whenever CI is set).
  return createColors(enabled === true);
}
