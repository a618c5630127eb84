/** Numbers as Vietnamese drafts write them: digits, number words, Roman numerals for congresses. */
import { syllableKey } from './normalize';

const WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
const WORD_VALUE = new Map<string, number>(WORDS.map((w, i) => [syllableKey(w), i]));
WORD_VALUE.set(syllableKey('bẩy'), 7);
WORD_VALUE.set(syllableKey('tư'), 4);

/** Value of a single number word or digits ("hai" → 2, "4" → 4); undefined otherwise. */
export function numberValue(token: string): number | undefined {
  if (/^\d{1,3}$/.test(token)) return Number(token);
  return WORD_VALUE.get(syllableKey(token));
}

/** Write n the way `like` was written: digits stay digits, words stay words (1–10). */
export function writeNumberLike(n: number, like: string): string {
  if (/^\d+$/.test(like) || n > 10) return String(n);
  const w = WORDS[n];
  return like[0] === like[0].toUpperCase() && like[0] !== like[0].toLowerCase() ? w[0].toUpperCase() + w.slice(1) : w;
}

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function toRoman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

export function fromRoman(s: string): number | undefined {
  if (!/^[IVXLCDM]+$/.test(s)) return undefined;
  let total = 0;
  let rest = s;
  for (const [v, sym] of ROMAN)
    while (rest.startsWith(sym)) {
      total += v;
      rest = rest.slice(sym.length);
    }
  return rest === '' && toRoman(total) === s ? total : undefined;
}
