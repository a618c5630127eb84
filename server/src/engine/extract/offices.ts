/**
 * Offices the glossary lacks but can name: a role it knows followed by a body it knows ("Thứ trưởng" + "Bộ Công
 * Thương" when only other ministries' deputy ministers are listed). Proposed with the person who holds it, and added
 * to the glossary used for reading people, so that "Thứ trưởng Bộ Công Thương Nguyễn Văn A" links title and name.
 */
import type { Analysis } from '../analysis';
import type { Glossary } from '../glossary/glossary';
import type { Office } from '../glossary/model';
import type { Mention } from '../match/phrase-index';
import { slug } from './ids';

export function officesToPropose(analysis: Analysis, glossary: Glossary, into: Map<string, Office>): void {
  const { mentions, tokens, text } = analysis;
  const bodyAt = new Map<number, Mention>();
  // For each token, how far the office mentions starting at or before it reach: one pass, then constant-time checks.
  const officeReach = new Int32Array(tokens.length + 1);
  for (const m of mentions) {
    if (m.target.type === 'body' && !bodyAt.has(m.first)) bodyAt.set(m.first, m);
    if (m.target.type === 'office') officeReach[m.first] = Math.max(officeReach[m.first], m.last);
  }
  for (let k = 1; k < officeReach.length; k++) officeReach[k] = Math.max(officeReach[k], officeReach[k - 1]);
  for (const m of mentions) {
    if (m.target.type !== 'role') continue;
    const body = bodyAt.get(m.last);
    if (!body || body.target.type !== 'body') continue;
    if (!/^[ \t]+$/.test(text.norm.slice(tokens[m.last - 1].end, tokens[m.last].start))) continue;
    // Some office already reads these words (or more of them): it is known.
    if (officeReach[m.first] >= body.last) continue;
    const known = glossary.officesByRole.get(m.target.role);
    const b = glossary.bodies.get(body.target.id);
    if (!known?.length || !b) continue;
    // The body as written ("Ủy ban nhân dân tỉnh Hòa Bình", not its entry's name "tỉnh Hòa Bình").
    const title = `${known[0].role} ${text.norm.slice(body.start, body.end)}`;
    const id = slug(title);
    if (glossary.offices.has(id) || into.has(id)) continue;
    into.set(id, { id, title, role: known[0].role, body: b.id, sources: [] });
  }
}
