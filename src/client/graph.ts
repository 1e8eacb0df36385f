/**
 * The global people ↔ events graph: one JSON file (laid out at build time),
 * drawn with sigma (WebGL). Only this page loads it.
 */
import { UndirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { SECTIONS, type SiteGraph, type SiteNodeType } from '../../scripts/model/site-contract.ts';
import { BASE } from './base.ts';

interface NodeAttr { x: number; y: number; size: number; label: string; kind: SiteNodeType; color: string }
interface EdgeAttr { size: number; color: string }

function colours(): { person: string; event: string; edge: string; label: string } {
  const css = getComputedStyle(document.documentElement);
  return {
    person: css.getPropertyValue('--person').trim() || '#1f5fa8',
    event: css.getPropertyValue('--event').trim() || '#b3541e',
    edge: css.getPropertyValue('--line').trim() || '#ccc',
    label: css.getPropertyValue('--fg').trim() || '#111',
  };
}

async function main(): Promise<void> {
  const container = document.getElementById('graph');
  if (!container) return;
  const data = (await (await fetch(container.dataset.src ?? `${BASE}graph.json`)).json()) as SiteGraph;
  const graph = new UndirectedGraph<NodeAttr, EdgeAttr>();
  let c = colours();
  for (const n of data.nodes) {
    graph.addNode(n.id, { x: n.x, y: n.y, size: n.size * 1.6, label: n.label, kind: n.type, color: n.type === 'event' ? c.event : c.person });
  }
  for (const e of data.edges) {
    if (graph.hasNode(e.source) && graph.hasNode(e.target) && !graph.hasEdge(e.source, e.target)) {
      graph.addEdge(e.source, e.target, { size: Math.min(4, 0.5 + Math.log2(e.weight + 1) / 2), color: c.edge });
    }
  }
  const renderer = new Sigma(graph, container, { labelColor: { color: c.label }, labelRenderedSizeThreshold: data.nodes.length <= 150 ? 0 : 9, renderEdgeLabels: false });
  renderer.on('clickNode', ({ node }) => {
    const kind = graph.getNodeAttribute(node, 'kind');
    window.location.href = `${BASE}${SECTIONS[kind] ?? 'people'}/${encodeURIComponent(node)}/`;
  });
  renderer.on('enterNode', () => container.classList.add('pointer'));
  renderer.on('leaveNode', () => container.classList.remove('pointer'));
  document.addEventListener('letopis:theme', () => {
    c = colours();
    graph.forEachNode((id, attr) => graph.setNodeAttribute(id, 'color', attr.kind === 'event' ? c.event : c.person));
    graph.forEachEdge((id) => graph.setEdgeAttribute(id, 'color', c.edge));
    renderer.setSetting('labelColor', { color: c.label });
  });
  container.dataset.ready = String(graph.order);
}

void main();
