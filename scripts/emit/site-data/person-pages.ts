/** Person pages, their rows in the people index and their hover previews. */
import type { KbEvent, KbPerson, Role } from '../../model/model.ts';
import { topCounts, type SitePersonPage, type SitePersonRow, type SitePlan, type SitePreview, type SiteRole } from '../../model/site-contract.ts';
import { aggregateRoles, monthTimeline } from './aggregate.ts';
import { localGraph } from './graph.ts';
import { LIMITS } from './limits.ts';
import type { MentionReports } from './mention-reports.ts';
import { personSearchForms } from './name-forms.ts';
import { articleRef, byDateDesc, countedRefs, eventRef, otherNames, refsTo, statusRefs } from './refs.ts';
import { clip } from './scan-article.ts';
import { coMentions, type SiteIndex } from './site-index.ts';

/** Spellings shown (and searched) per person, at most. */
const MAX_ALIASES = 60;

/**
 * The person's roles, with the role phrases used as mentions («глава Кремля»)
 * counted too, dated by their article; and every other spelling they were
 * mentioned by.
 */
function rolesAndSpellings(p: KbPerson, index: SiteIndex): { roles: SiteRole[]; spellings: Set<string> } {
  const mentionRoles: Role[] = [];
  const spellings = new Set(p.aliases);
  for (const m of p.mentions) {
    if (m.kind === 'role') {
      const a = index.articles.get(m.article);
      mentionRoles.push({ text: m.text, lang: a?.lang ?? 'ru', date: a?.date ?? null, article: m.article, start: m.start, end: m.end });
    } else if (m.kind !== 'pronoun') spellings.add(m.text);
  }
  spellings.delete(p.name);
  return { roles: aggregateRoles([...p.roles, ...mentionRoles]), spellings };
}

const planRef = (plan: KbEvent, index: SiteIndex): SitePlan => ({
  id: plan.id, title: plan.title, type: plan.type, status: plan.status,
  participants: refsTo(index.people, plan.participants),
  reports: statusRefs(plan, index.articles),
});

export interface PersonOutput {
  page: SitePersonPage;
  row: SitePersonRow;
  preview: SitePreview;
}

export function personPage(p: KbPerson, index: SiteIndex, found: MentionReports): PersonOutput {
  const co = coMentions(index, p.articles);
  co.delete(p.id);
  const coMentioned = countedRefs(index.people, topCounts(co, LIMITS.coMentioned));
  const personEvents = index.eventsOf.get(p.id) ?? [];
  const { roles, spellings } = rolesAndSpellings(p, index);
  const names = otherNames(p.names, p.name);
  const aliases = [...spellings].slice(0, MAX_ALIASES);
  const page: SitePersonPage = {
    id: p.id,
    name: p.name,
    names,
    aliases,
    description: p.description,
    roles,
    quotes: p.quotes.slice(0, LIMITS.quotes).map((q) => {
      const a = q.article ? index.articles.get(q.article) : undefined;
      return { text: q.text, kind: q.kind, verb: q.verb, article: a ? articleRef(a) : null };
    }),
    timeline: monthTimeline(p.mentions.map((m) => index.articles.get(m.article)?.date ?? null)),
    events: personEvents.slice(0, LIMITS.personEvents).map(eventRef),
    coMentioned,
    articleCount: p.articles.length,
    mentionCount: p.mentions.length,
    reports: (found.reports.get(`person:${p.id}`) ?? []).sort(byDateDesc),
    articles: p.articles
      .flatMap((id) => index.articles.get(id) ?? [])
      .sort(byDateDesc)
      .map((a) => a.id),
    unlinked: (found.unlinked.get(p.id) ?? []).sort(byDateDesc),
    plans: (index.plansOf.get(p.id) ?? []).slice(0, LIMITS.personPlans).map((plan) => planRef(plan, index)),
    searchForms: personSearchForms([p.name, ...names.map((n) => n.name)], aliases, roles.slice(0, 8).map((r) => r.text)),
    graph: localGraph(p, personEvents, coMentioned, index.people),
  };
  const row: SitePersonRow = {
    id: p.id,
    name: p.name,
    count: p.mentions.length,
    articles: p.articles.length,
    role: roles[0]?.text ?? null,
    roleKeys: [...new Set(roles.flatMap((r) => r.text.toLowerCase().split(/\s+/)).filter((w) => w.length > 3))].slice(0, 12),
  };
  const preview: SitePreview = {
    type: 'person', id: p.id, title: p.name, count: p.articles.length,
    lines: [p.description && clip(p.description).slice(0, 160), ...roles.slice(0, 2).map((r) => r.text), ...names.slice(0, 2).map((n) => n.name)].filter((l): l is string => !!l),
  };
  return { page, row, preview };
}
