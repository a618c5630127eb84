/**
 * Shared by outdated-title and wrong-title: for each title written with a known person, did the
 * person hold it on the dates the sentence is about?
 */
import { datesFor } from '../analysis';
import { overlaps, type Holding } from '../glossary/glossary';
import type { TitleLink } from '../match/title-links';
import { phraseKey } from '../text/normalize';
import type { DayWindow } from '../time/dates';
import type { CheckContext } from './types';

export interface TitleVerdict {
  link: TitleLink;
  personId: string;
  /** The person's holdings of this title (any time). */
  matching: Holding[];
  windows: DayWindow[];
  stated: boolean;
  /** still-held: written "nguyên" (former) while the person certainly still held it. */
  status: 'ok' | 'never' | 'not-on-date' | 'still-held';
  /** For not-on-date: the tenure to describe (closest to the date). */
  closest?: Holding;
  notYet?: boolean;
}

/** Both title checks read the same verdicts: compute them once per analysis. */
const cache = new WeakMap<CheckContext['analysis'], TitleVerdict[]>();

export function evaluateTitles(ctx: CheckContext): TitleVerdict[] {
  let verdicts = cache.get(ctx.analysis);
  if (!verdicts) cache.set(ctx.analysis, (verdicts = computeVerdicts(ctx)));
  return verdicts;
}

function computeVerdicts(ctx: CheckContext): TitleVerdict[] {
  const { glossary, analysis } = ctx;
  const verdicts: TitleVerdict[] = [];
  // Two offices written alike give two links for one span: judge the span once, on all of them.
  const groups = new Map<string, TitleLink[]>();
  for (const l of analysis.links) {
    const key = `${l.person.start}:${l.title.start}:${l.title.end}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(l);
  }
  for (const links of groups.values()) {
    const link = links[0];
    if (link.person.target.type !== 'person') continue;
    const personId = link.person.target.id;
    const person = glossary.people.get(personId);
    if (!person || person.honorific) continue;
    const all = glossary.holdingsOf.get(personId) ?? [];
    const matching = all.filter((h) => links.some((l) => holdingMatches(h, l, glossary.offices)));
    const { windows, stated } = datesFor(analysis, link.title.start);
    const v: TitleVerdict = { link, personId, matching, windows, stated, status: 'ok' };
    if (matching.length === 0) {
      v.status = 'never';
    } else if (link.modifier?.kind === 'cố') {
      v.status = 'ok';
    } else if (link.modifier?.kind === 'nguyên') {
      // "nguyên X" is right once the person has held X at some point up to the date.
      const latest = Math.max(...windows.map((w) => w.last));
      if (!matching.some((h) => h.window.first <= latest)) {
        v.status = 'not-on-date';
        v.notYet = true;
        v.closest = [...matching].sort((a, b) => a.window.first - b.window.first)[0];
      } else {
        const still = matching.find((h) => windows.every((w) => h.core.first <= w.first && w.last <= h.core.last));
        if (still) {
          v.status = 'still-held';
          v.closest = still;
        }
      }
    } else if (!matching.some((h) => windows.some((w) => overlaps(h.window, w)))) {
      v.status = 'not-on-date';
      const day = windows[0].first;
      const before = matching.filter((h) => h.window.last < day).sort((a, b) => b.window.last - a.window.last);
      const after = matching.filter((h) => h.window.first > day).sort((a, b) => a.window.first - b.window.first);
      v.closest = before[0] ?? after[0];
      v.notYet = before.length === 0;
    }
    verdicts.push(v);
  }
  return verdicts;
}

function holdingMatches(h: Holding, link: TitleLink, offices: Map<string, { title: string; forms?: string[] }>): boolean {
  const t = link.title.target;
  if (t.type === 'role') return phraseKey(h.office.role) === t.role;
  if (t.type !== 'office') return false;
  if (h.office.id === t.id) return true;
  // A different office id written with the same words counts as the same title.
  const o = offices.get(t.id);
  return !!o && phraseKey(h.office.title) === phraseKey(o.title);
}

/** Range of the title together with the name, as the user reads it. */
export function titleNameRange(link: TitleLink): { start: number; end: number } {
  if (link.apposition) return { start: link.person.start, end: link.title.end };
  return { start: link.modifier?.start ?? link.title.start, end: link.person.end };
}
