/**
 * Glossary text inside hover and completion markdown. A glossary may come from any repository (a team folder,
 * a path in .vscode/settings.json), so every string it supplies is text, never markup: no image that loads a
 * remote address when the hover opens (`![](http://…)`), no link or HTML of its choosing, no emphasis, heading,
 * list or table cell that breaks our layout. Sources' addresses are rendered as links only when they are http(s),
 * with the address percent-encoded so it cannot close the link early; never as images.
 */

/**
 * Characters that start inline markup in CommonMark and GFM (code, emphasis, strikethrough, links, images,
 * autolinks, e-mail autolinks and HTML, entities, table cells), and the escape character itself. Escaped with a backslash, which
 * the renderer drops: the hover reads as the glossary wrote it. "." "-" "/" "(" are left alone (dates, symbols
 * such as "34-NQ/TW", parentheses), since without "[" or "!" before them they are plain text.
 */
const INLINE = /[\\`*_~[\]<>!|&@]/g;

/** Line breaks of any kind: a glossary string is one line in a hover, so it cannot open a block of its own. */
const BREAKS = /[\r\n\u2028\u2029\u0085]+/g;

/** Other control characters (not tab), which render as nothing or as boxes. */
// eslint-disable-next-line no-control-regex -- the point is to match control characters
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Markers that make a line a heading, quote, list item or setext underline when they open it. */
const BLOCK_MARK = /^[#>+=-]/;
const ORDERED_ITEM = /^(\d+)([.)])/;

/** Bare addresses that GFM would turn into links by itself ("https://…", "www.…"). */
const BARE_SCHEME = /\b(https?|ftp):(?=\/\/)/gi;
const BARE_WWW = /\b(www)\./gi;

/** One glossary string as markdown text: shows literally, on one line, and makes no link, image or HTML. */
export function mdText(text: string | number): string {
  const line = String(text)
    .replace(BREAKS, ' ')
    .replace(CONTROLS, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return line
    .replace(INLINE, '\\$&')
    .replace(BLOCK_MARK, '\\$&')
    .replace(ORDERED_ITEM, '$1\\$2')
    .replace(BARE_SCHEME, '$1\\:')
    .replace(BARE_WWW, '$1\\.');
}

/** Several glossary strings joined by a separator of ours. */
export function mdList(items: readonly string[], separator = ', '): string {
  return items.map(mdText).join(separator);
}

/**
 * A link with glossary text to a glossary address: only http(s) addresses that parse as URLs become links, with
 * every character that could end the destination or start markup percent-encoded; anything else is plain text.
 */
export function mdLink(text: string, url: string): string {
  const href = safeHref(url);
  const label = mdText(text) || mdText(url);
  return href ? `[${label}](${href})` : label;
}

/** The address as a link destination, or undefined when it is not a plain http(s) URL. */
export function safeHref(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (parsed.username || parsed.password) return undefined;
  // URL.href encodes spaces, double quotes, "<", ">", "`" and controls; of what it leaves, brackets could end the
  // destination early, a backslash escape, and "|" a table cell. Encoded, they mean the same to the server.
  return parsed.href.replace(
    /[()[\]\\|<> "`]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}
