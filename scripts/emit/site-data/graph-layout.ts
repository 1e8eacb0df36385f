/**
 * The global graph's ForceAtlas2 layout as a pure function of plain data, so
 * it can run in a worker thread (`layout-worker.ts`) or, failing that, here.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { UndirectedGraph } from 'graphology';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

// The package is CommonJS with an ESM-style default in its typings: load it the CommonJS way.
const forceAtlas2 = createRequire(import.meta.url)('graphology-layout-forceatlas2') as {
  assign(graph: UndirectedGraph<LayoutNode, { weight: number }>, params: { iterations: number; settings?: ForceAtlas2Settings; getEdgeWeight?: string }): void;
};

export interface LayoutNode {
  size: number;
  x: number;
  y: number;
}

/** Nodes in insertion order with their starting points: the order and the points fix the result. */
export interface LayoutInput {
  nodes: Array<[id: string, node: LayoutNode]>;
  edges: Array<[source: string, target: string, weight: number]>;
  settings: ForceAtlas2Settings;
  iterations: number;
}

/** Positions in node order, rounded to 0.01 (what graph.json carries). */
export function layoutGraph(input: LayoutInput): [number, number][] {
  const g = new UndirectedGraph<LayoutNode, { weight: number }>();
  for (const [id, node] of input.nodes) g.addNode(id, { ...node });
  for (const [source, target, weight] of input.edges) g.addEdge(source, target, { weight });
  forceAtlas2.assign(g, { iterations: input.iterations, settings: input.settings, getEdgeWeight: 'weight' });
  return g.mapNodes((_id, attr): [number, number] => [Math.round(attr.x * 100) / 100, Math.round(attr.y * 100) / 100]);
}

/** `layoutGraph` in a worker thread; in this thread if no worker can be started. */
export function layoutInWorker(input: LayoutInput): Promise<[number, number][]> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { workerData: input });
    } catch {
      resolve(layoutGraph(input));
      return;
    }
    let settled = false;
    const fallback = () => {
      if (settled) return;
      settled = true;
      resolve(layoutGraph(input));
    };
    worker.once('message', (positions: [number, number][]) => {
      settled = true;
      resolve(positions);
      void worker.terminate();
    });
    worker.once('error', fallback);
    worker.once('exit', fallback);
  });
}
