/**
 * The per-phase wall times a step reports: an ingest prints `phase <name>:
 * <seconds> s, …` lines on stderr with LETOPIS_PHASES=1 (the bench's
 * `--phases`), a build its `phases` in the JSON line it ends with.
 */

/** `{ name: seconds }` from an ingest's phase lines; repeated names are summed; null when there are none. */
export function ingestPhases(stderr: string): Record<string, number> | null {
  const phases: Record<string, number> = {};
  let found = false;
  for (const line of stderr.split('\n')) {
    // A fixed prefix and a name without colons: a linear match.
    const m = /^phase ([^:\n]+): (\d+(?:\.\d+)?) s/.exec(line);
    if (m === null) continue;
    // Counts in a name (files re-used, pages written) vary between runs; the name is what compares.
    const paren = m[1]!.indexOf(' (');
    const name = paren >= 0 && m[1]!.endsWith(')') ? m[1]!.slice(0, paren) : m[1]!;
    phases[name] = Math.round(((phases[name] ?? 0) + Number(m[2])) * 100) / 100;
    found = true;
  }
  return found ? phases : null;
}
