/**
 * Markdown descriptions of glossary entries, shared by hover and completion documentation. Every string that
 * comes from the glossary goes through mdText / mdList / mdLink (./markdown): a glossary is data, never markup.
 */
import type { Locale } from '../api';
import { titleOf, type Glossary } from '../glossary/glossary';
import type { Confidence, DocumentEntry, SourceRef } from '../glossary/model';
import { formatCitation } from '../format/citation';
import { formatDay, formatPartial } from '../time/dates';
import { mdLink, mdList, mdText } from './markdown';

export interface DescribeContext {
  glossary: Glossary;
  locale: Locale;
  asOfDay: number;
}

const L = {
  vi: {
    asOf: 'Vào',
    titles: 'Chức vụ',
    from: 'Từ',
    to: 'Đến',
    now: 'nay',
    confidence: 'Độ tin cậy',
    sources: 'Nguồn',
    holder: 'Người giữ chức',
    note: 'Ghi chú',
    none: 'không giữ chức nào trong bảng thuật ngữ',
    ended: 'Chấm dứt',
    successor: 'Kế tục',
    exists: 'đang hoạt động',
    status: 'Hiệu lực',
    supersededBy: 'Được thay thế bởi',
    members: 'Thành phần',
    variants: 'Cách viết được chấp nhận',
    discouraged: 'Không nên viết',
    conf: { confirmed: 'đã xác nhận', 'partly-confirmed': 'xác nhận một phần', unconfirmed: 'chưa xác nhận' } as Record<
      Confidence,
      string
    >,
    st: {
      'in-force': 'còn hiệu lực',
      superseded: 'đã được thay thế',
      expired: 'hết hiệu lực',
      lapsed: 'đã hết thời hạn',
      unknown: 'chưa rõ',
    } as Record<string, string>,
  },
  en: {
    asOf: 'On',
    titles: 'Titles',
    from: 'From',
    to: 'To',
    now: 'present',
    confidence: 'Confidence',
    sources: 'Sources',
    holder: 'Holder',
    note: 'Note',
    none: 'holds no title known to the glossary',
    ended: 'Ended',
    successor: 'Successor',
    exists: 'in existence',
    status: 'Status',
    supersededBy: 'Superseded by',
    members: 'Members',
    variants: 'Accepted forms',
    discouraged: 'Avoid',
    conf: { confirmed: 'confirmed', 'partly-confirmed': 'partly confirmed', unconfirmed: 'unconfirmed' } as Record<
      Confidence,
      string
    >,
    st: {
      'in-force': 'in force',
      superseded: 'superseded',
      expired: 'expired',
      lapsed: 'lapsed',
      unknown: 'unknown',
    } as Record<string, string>,
  },
};

function sources(ctx: DescribeContext, refs: SourceRef[]): string {
  const items = refs.map((r) => {
    const s = ctx.glossary.sources.get(r);
    if (!s) return mdLink(r, r);
    return s.url ? mdLink(s.title, s.url) : mdText(`${s.title}${s.outlet ? ` (${s.outlet})` : ''}`);
  });
  return items.length ? `\n\n*${L[ctx.locale].sources}:* ${items.join('; ')}` : '';
}

export function describePerson(ctx: DescribeContext, id: string): string | undefined {
  const { glossary, locale, asOfDay } = ctx;
  const p = glossary.people.get(id);
  if (!p) return undefined;
  const l = L[locale];
  const day = { first: asOfDay, last: asOfDay };
  const now = glossary.titlesOn(id, day).filter((h) => h.core.first <= asOfDay);
  let md = `**${mdText(p.name)}**${p.died ? ` (${locale === 'vi' ? 'mất' : 'died'} ${formatPartial(p.died, locale)})` : ''}\n\n`;
  md += `${l.asOf} ${formatDay(asOfDay, locale)}: ${now.length ? mdList(now.map(titleOf)) : l.none}\n\n`;
  const rows = [...(glossary.holdingsOf.get(id) ?? [])].sort((a, b) => a.window.first - b.window.first);
  if (rows.length) {
    md += `| ${l.titles} | ${l.from} | ${l.to} | ${l.confidence} | ${l.note} |\n|---|---|---|---|---|\n`;
    for (const h of rows)
      md += `| ${mdText(titleOf(h))} | ${formatPartial(h.tenure.from, locale)} | ${h.tenure.to ? formatPartial(h.tenure.to, locale) : l.now} | ${l.conf[h.tenure.confidence]} | ${mdText(h.tenure.note ?? '')} |\n`;
  }
  const others = rows
    .filter((h) => h.office.single && !now.some((n) => n.office.id === h.office.id))
    .map((h) => h.office)
    .filter((o, i, all) => all.indexOf(o) === i)
    .map((o) => {
      const who = glossary.holdersOn(o.id, day).map((x) => x.person.name);
      return who.length ? `- ${l.holder} ${mdText(o.title)}: ${mdList(who)}` : '';
    })
    .filter(Boolean);
  if (others.length) md += `\n${others.join('\n')}\n`;
  return md + sources(ctx, p.sources);
}

export function describeOffice(ctx: DescribeContext, id: string): string | undefined {
  const o = ctx.glossary.offices.get(id);
  if (!o) return undefined;
  const l = L[ctx.locale];
  const who = ctx.glossary.holdersOn(id, { first: ctx.asOfDay, last: ctx.asOfDay }).map((h) => h.person.name);
  const body = ctx.glossary.bodyName(o.body);
  return (
    `**${mdText(o.title)}**${body ? ` — ${mdText(body)}` : ''}\n\n${l.holder} (${formatDay(ctx.asOfDay, ctx.locale)}): ${who.length ? mdList(who) : '—'}` +
    sources(ctx, o.sources)
  );
}

export function describeBody(ctx: DescribeContext, id: string): string | undefined {
  const b = ctx.glossary.bodies.get(id);
  if (!b) return undefined;
  const l = L[ctx.locale];
  let md = `**${mdText(b.name)}**\n\n`;
  if (b.until) {
    md += `${l.ended}: ${formatPartial(b.until, ctx.locale)}${b.fate ? ` — ${mdText(b.fate)}` : ''}`;
    const succ = (b.successors ?? []).map((s) => ctx.glossary.bodyName(s)).filter(Boolean);
    if (succ.length) md += `\n\n${l.successor}: ${mdList(succ)}`;
  } else md += l.exists;
  return md + ` (${l.conf[b.confidence]})` + sources(ctx, b.sources);
}

export function describeDocument(ctx: DescribeContext, d: DocumentEntry): string {
  const l = L[ctx.locale];
  let md = `**${mdText(formatCitation(d, ctx.glossary))}**\n\n${l.status}: ${l.st[d.status] ?? mdText(d.status)}`;
  const by = d.supersededBy ? ctx.glossary.documents.get(d.supersededBy) : undefined;
  if (by) md += `; ${l.supersededBy} ${mdText(`${by.kind} ${by.symbol ?? by.number}`)}`;
  if (d.note) md += `\n\n${mdText(d.note)}`;
  return md + `\n\n${l.confidence}: ${l.conf[d.confidence]}` + sources(ctx, d.sources);
}

export function describeTerm(ctx: DescribeContext, id: string): string | undefined {
  const t = ctx.glossary.terms.get(id);
  if (!t) return undefined;
  const l = L[ctx.locale];
  const definition = ctx.locale === 'en' && t.definitionEn ? t.definitionEn : t.definition;
  let md = `**${mdText(t.canonical)}** — *${mdText(t.category)}*\n\n${mdText(definition)}`;
  if (t.variants?.length) md += `\n\n${l.variants}: ${mdList(t.variants)}`;
  if (t.discouraged?.length) md += `\n\n${l.discouraged}: ${mdList(t.discouraged.map((d) => d.form))}`;
  return md + sources(ctx, t.sources);
}

export function describeEnumeration(ctx: DescribeContext, id: string): string | undefined {
  const e = ctx.glossary.enumerations.get(id);
  if (!e) return undefined;
  const l = L[ctx.locale];
  return (
    `**${mdText(e.canonical)}** (${e.count})\n\n${l.members}: ${mdList(e.members, '; ')}${e.definition ? `\n\n${mdText(e.definition)}` : ''}` +
    sources(ctx, e.sources)
  );
}
