/**
 * Summarise V8 .cpuprofile files (from `node --cpu-prof`): self time per
 * source file and per function, so a benchmark can say where a slow step
 * spends its time without opening DevTools.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotSpot {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  byFile: HotSpot[];
  byFunction: HotSpot[];
}

function shortUrl(url: string, root: string): string {
  if (url === '') return '(native/V8)';
  const p = url.startsWith('file://') ? new URL(url).pathname : url;
  return p.startsWith(root) ? path.relative(root, p) : p.replace(/^.*\/node_modules\//, 'node_modules/');
}

export function summariseProfiles(dir: string, root: string, top = 12): ProfileSummary {
  const byFile = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    for (let i = 0; i < profile.samples.length; i++) {
      const node = nodes.get(profile.samples[i]);
      const us = profile.timeDeltas[i] ?? 0;
      if (node === undefined || us <= 0) continue;
      const { functionName, url, lineNumber } = node.callFrame;
      if (functionName === '(idle)' || functionName === '(program)') continue;
      total += us;
      const f = shortUrl(url, root);
      byFile.set(f, (byFile.get(f) ?? 0) + us);
      const fn = `${functionName || '(anonymous)'} ${f}:${lineNumber + 1}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    }
  }
  const rank = (m: Map<string, number>): HotSpot[] =>
    [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, us]) => ({ name, ms: Math.round(us / 1000), share: Math.round((us / total) * 1000) / 10 }));
  return { totalMs: Math.round(total / 1000), byFile: rank(byFile), byFunction: rank(byFunction) };
}
