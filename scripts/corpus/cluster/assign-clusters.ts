/**
 * The dated clustering: each report, in a fixed order, joins the best
 * compatible cluster filed under one of its anchors and near its date, or
 * starts a cluster of its own.
 */
import { getOrCreate } from '../../util/collections.ts';
import { addMember, type Cluster, newCluster } from './cluster.ts';
import { matchScore } from './match-score.ts';
import { anchors, type Member } from './member.ts';
import { type Buckets, fileKeys, lookupKeys } from './time-buckets.ts';

export interface Clustering {
  clusters: Cluster[];
  /** Where each cluster is filed (see Buckets). */
  buckets: Buckets;
}

/** Clusters of `members` (sorted as clusterEvents sorts them). */
export function assignClusters(members: readonly Member[]): Clustering {
  const clusters: Cluster[] = [];
  const buckets: Buckets = new Map();
  for (const m of members) {
    const anchorKeys = anchors(m).map((a) => `${m.family}|${a}`);
    const best = bestCluster(m, anchorKeys, clusters, buckets);
    let target: number;
    if (best >= 0) {
      target = best;
      addMember(clusters[target]!, m);
    } else {
      target = clusters.length;
      clusters.push(newCluster(m));
    }
    // File the cluster under this member's anchors so later reports can find it.
    const fileTimes = fileKeys(m.lo, m.hi, m.precision);
    for (const anchorKey of anchorKeys) {
      const byTime = getOrCreate(buckets, anchorKey, () => new Map<string, number[]>());
      for (const t of fileTimes) {
        const list = getOrCreate(byTime, t, () => []);
        if (list[list.length - 1] !== target && !list.includes(target)) list.push(target);
      }
    }
  }
  return { clusters, buckets };
}

/** Index of the best-scoring compatible cluster for `m` (the earliest on a tie), or −1. */
function bestCluster(m: Member, anchorKeys: readonly string[], clusters: readonly Cluster[], buckets: Buckets): number {
  const times = lookupKeys(m.lo, m.hi, m.precision);
  let best = -1;
  let bestScore = -1;
  const seen = new Set<number>();
  for (const anchorKey of anchorKeys) {
    const byTime = buckets.get(anchorKey);
    if (!byTime) continue;
    for (const t of times) {
      for (const ci of byTime.get(t) ?? []) {
        if (seen.has(ci)) continue;
        seen.add(ci);
        const score = matchScore(m, clusters[ci]!);
        if (score > bestScore || (score === bestScore && score >= 0 && ci < best)) {
          best = ci;
          bestScore = score;
        }
      }
    }
  }
  return best >= 0 && bestScore >= 0 ? best : -1;
}
