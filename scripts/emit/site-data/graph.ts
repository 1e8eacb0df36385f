/**
 * Graph data: a person's one-hop neighbourhood laid out radially (rendered as
 * static SVG, no JS), and the global people ↔ events graph laid out once at
 * build time with ForceAtlas2 so the browser only draws it.
 */
import { createRequire } from 'node:module';
import { UndirectedGraph } from 'graphology';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { KbEvent, KbPerson, KnowledgeBase } from '../../model/model.ts';
import { layoutInWorker, type LayoutInput } from './graph-layout.ts';
import type { SiteGraph, SiteGraphEdge, SiteGraphNode, SiteRef } from '../../model/site-contract.ts';
import { getOrCreate } from '../../util/collections.ts';

// The package is CommonJS with an ESM-style default in its typings: load it the CommonJS way.
const forceAtlas2 = createRequire(import.meta.url)('graphology-layout-forceatlas2') as {
  inferSettings(graph: UndirectedGraph<NodeAttr, EdgeAttr>): ForceAtlas2Settings;
};

/** Re-uses a layout computed for the same structure (`key`), or computes it. */
export type LayoutMemo = (key: string, compute: () => Promise<[number, number][]>) => Promise<[number, number][]>;

interface NodeAttr { type: 'person' | 'event'; label: string; size: number; x: number; y: number }
interface EdgeAttr { weight: number }

const LOCAL_EVENTS = 10;
const LOCAL_PEOPLE = 14;

function ring<T>(items: T[], radius: number, offset: number): { item: T; x: number; y: number }[] {
  return items.map((item, i) => {
    const a = offset + (2 * Math.PI * i) / Math.max(items.length, 1);
    return { item, x: Math.round(Math.cos(a) * radius * 1000) / 1000, y: Math.round(Math.sin(a) * radius * 1000) / 1000 };
  });
}

/** Person at the centre, their latest events on the inner ring, linked people on the outer ring. */
export function localGraph(person: KbPerson, events: KbEvent[], coMentioned: SiteRef[], people: ReadonlyMap<string, KbPerson>): SiteGraph {
  const nodes: SiteGraphNode[] = [{ id: person.id, type: 'person', label: person.name, x: 0, y: 0, size: 3 }];
  const edges: SiteGraphEdge[] = [];
  const evs = events.slice(0, LOCAL_EVENTS);
  const others = new Map<string, number>();
  for (const e of evs) for (const pid of e.participants) if (pid !== person.id) others.set(pid, (others.get(pid) ?? 0) + 1);
  for (const c of coMentioned) if (!others.has(c.id) && others.size < LOCAL_PEOPLE) others.set(c.id, 0);
  const otherIds = [...others.keys()].filter((id) => people.has(id)).slice(0, LOCAL_PEOPLE);
  const hasEvents = evs.length > 0;
  for (const { item, x, y } of ring(evs, 0.5, -Math.PI / 2)) {
    nodes.push({ id: item.id, type: 'event', label: item.title, x, y, size: 2 });
    edges.push({ source: person.id, target: item.id, weight: 1 });
    for (const pid of item.participants) if (otherIds.includes(pid)) edges.push({ source: item.id, target: pid, weight: 1 });
  }
  const coCount = new Map(coMentioned.map((c) => [c.id, c.count ?? 0]));
  for (const { item, x, y } of ring(otherIds, hasEvents ? 1 : 0.8, -Math.PI / 2 + Math.PI / Math.max(otherIds.length, 1))) {
    nodes.push({ id: item, type: 'person', label: people.get(item)!.name, x, y, size: 2 });
    if (coCount.get(item)) edges.push({ source: person.id, target: item, weight: coCount.get(item)! });
  }
  return { nodes, edges };
}

/** Deterministic PRNG for initial positions (same corpus → same picture). */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * People ↔ events (participation), plus strong co-mentions between people so
 * a corpus with few extracted events still shows structure. Capped to
 * `maxNodes`, keeping the most-mentioned people and most-reported events.
 */
export async function globalGraph(kb: KnowledgeBase, maxNodes: number, memo: LayoutMemo = async (_key, compute) => compute()): Promise<SiteGraph> {
  const eventBudget = Math.min(kb.events.length, Math.floor(maxNodes * 0.4));
  const events = [...kb.events].filter((e) => e.participants.length > 0)
    .sort((a, b) => b.articles.length - a.articles.length || (a.id < b.id ? -1 : 1)).slice(0, eventBudget);
  const people = [...kb.people].sort((a, b) => b.mentions.length - a.mentions.length || (a.id < b.id ? -1 : 1))
    .slice(0, maxNodes - events.length);
  const g = new UndirectedGraph<NodeAttr, EdgeAttr>();
  const rand = mulberry32(42);
  for (const p of people) g.addNode(p.id, { type: 'person', label: p.name, size: p.mentions.length, x: rand(), y: rand() });
  for (const e of events) {
    const ps = e.participants.filter((pid) => g.hasNode(pid));
    if (ps.length === 0) continue;
    g.addNode(e.id, { type: 'event', label: e.title, size: e.articles.length, x: rand(), y: rand() });
    for (const pid of ps) g.mergeEdge(pid, e.id, { weight: 1 });
  }
  // Co-mentions: pairs of kept people sharing at least two articles (a person's 5 strongest).
  const pairCounts = new Map<string, Map<string, number>>();
  for (const a of kb.articles) {
    const ids = a.people.filter((id) => g.hasNode(id)).slice(0, 30);
    for (let i = 0; i < ids.length; i++) {
      const m = getOrCreate(pairCounts, ids[i], () => new Map<string, number>());
      for (let j = 0; j < ids.length; j++) if (i !== j) m.set(ids[j], (m.get(ids[j]) ?? 0) + 1);
    }
  }
  for (const [pid, m] of pairCounts) {
    const top = [...m].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]).slice(0, 5);
    for (const [other, n] of top) if (!g.hasEdge(pid, other)) g.addEdge(pid, other, { weight: n });
  }
  let positions: [number, number][] | null = null;
  if (g.order > 1) {
    // Strong gravity keeps small disconnected components near the centre instead of at the edges.
    const settings = { ...forceAtlas2.inferSettings(g), strongGravityMode: true, gravity: 0.5, barnesHutOptimize: g.order > 300 };
    const iterations = g.order > 500 ? 60 : 150;
    // The layout depends only on the nodes (in order: it fixes their starting points), the
    // weighted edges and the settings, so an unchanged structure re-uses the last run's layout.
    const structure = { nodes: g.nodes(), sizes: settings.adjustSizes ? g.mapNodes((_id, attr) => attr.size) : null, edges: g.mapEdges((_e, attr, s, t) => [s, t, attr.weight]) };
    const input: LayoutInput = {
      nodes: g.mapNodes((id, attr) => [id, { size: attr.size, x: attr.x, y: attr.y }]),
      edges: g.mapEdges((_e, attr, s, t): [string, string, number] => [s, t, attr.weight]),
      settings,
      iterations,
    };
    positions = await memo(JSON.stringify({ settings, iterations, structure }), () => layoutInWorker(input));
  }
  const nodes: SiteGraphNode[] = [];
  g.forEachNode((id, attr) => {
    const [x, y] = positions?.[nodes.length] ?? [Math.round(attr.x * 100) / 100, Math.round(attr.y * 100) / 100];
    nodes.push({
      id, type: attr.type, label: attr.label, x, y,
      size: Math.round(Math.min(20, 3 + Math.sqrt(attr.size)) * 10) / 10,
    });
  });
  const edges: SiteGraphEdge[] = [];
  g.forEachEdge((_e, attr, source, target) => edges.push({ source, target, weight: attr.weight }));
  return { nodes, edges };
}
