/**
 * ReDoS: every regex literal and `new RegExp('…')` in scripts/ is checked
 * with recheck. Article text is untrusted and can hold megabyte-long lines, so
 * even a polynomial (quadratic) backtracking regex is a hang: against
 * `[\s,;:–—-]+$` a line of tabs takes seconds, a megabyte-long one minutes.
 *
 * The fix is almost always to anchor the repeated class so that a failed
 * match cannot restart inside the same run (`(?<![ \t])[ \t]+$`), or to trim
 * with a loop instead of a regex.
 */
import path from 'node:path';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { collectRegexes, regexesIn, type FoundRegex } from '../../scripts/tools/fuzz/collect-regexes.ts';
import { PROJECT_ROOT } from '../helpers/paths.ts';

/**
 * Vulnerable regexes already reported to their owners (file + pattern, so a
 * moved line still matches). The test fails on any vulnerable regex not in
 * this list; delete an entry once its regex is fixed (the test says which).
 * Exposure: reader/entity code sees untrusted article text; bench/ and
 * corpus/ only see the project's own generated data.
 */
const KNOWN = new Set([
  'scripts/tools/bench/astro-floor.ts /\\s+\\S*$/',
  'scripts/tools/bench/measure-process.ts /(\\d+)\\s*$/',
  'scripts/tools/corpus-generator/render-template.ts /\\{([ABCES])\\|([^|}]*)\\|([^}]*)\\}|\\{([ABCES])(\\.[lr])?(?::(\\w+))?\\}|\\{(P|D|DA|DH|T|DOC|TGT|SRC|Q)(?::(\\w+))?\\}/g',
  'scripts/tools/corpus-generator/file-slug.ts /^-+|-+$/g',
  'scripts/tools/corpus-generator/file-slug.ts /-+$/',
]);
const knownKey = (regex: FoundRegex) => `${regex.file} /${regex.source}/${regex.flags}`;

interface Finding extends FoundRegex {
  status: string;
  attack?: string;
  complexity?: string;
}

function check(regex: FoundRegex): Finding {
  const diagnostics = checkSync(regex.source, regex.flags, { timeout: 10_000, randomSeed: 1 });
  if (diagnostics.status === 'vulnerable') {
    return { ...regex, status: 'vulnerable', attack: diagnostics.attack.pattern, complexity: diagnostics.complexity.type };
  }
  if (diagnostics.status === 'unknown') return { ...regex, status: `unknown (${diagnostics.error.kind})` };
  return { ...regex, status: diagnostics.status };
}

const describeFinding = (finding: Finding) =>
  `${finding.file}:${finding.line} /${finding.source}/${finding.flags} — ${finding.complexity} — attack ${finding.attack}`;

describe('regex collection', () => {
  it('finds literals and RegExp constructors, not division or strings', () => {
    const found = regexesIn(
      'x.ts',
      "const a = `t${ {b: 1}.b } /not/ ${c}`; const r = /a+b/gu; x = y / 2 / z;\n// /comment/\nif (q) return /[/]x/.test('/str/'); new RegExp('a|b', 'g'); RegExp(`^${x}$`, 'u');",
    );
    expect(found.map(({ source, flags, dynamic, line }) => ({ source, flags, dynamic, line }))).toEqual([
      { source: 'a+b', flags: 'gu', dynamic: false, line: 1 },
      { source: '[/]x', flags: '', dynamic: false, line: 3 },
      { source: 'a|b', flags: 'g', dynamic: false, line: 3 },
      { source: "`^${x}$`, 'u'", flags: '', dynamic: true, line: 3 },
    ]);
  });

  it('recheck flags a known-vulnerable pattern (the check can fail)', () => {
    const [finding] = regexesIn('x.ts', 'const bad = /^(a+)+$/;').map(check);
    expect(finding.status).toBe('vulnerable');
    expect(finding.complexity).toBe('exponential');
  });
});

describe('ReDoS', () => {
  it('no regex in scripts/ backtracks super-linearly (beyond the known, reported ones)', async () => {
    const regexes = await collectRegexes(path.join(PROJECT_ROOT, 'scripts'), PROJECT_ROOT);
    expect(regexes.length).toBeGreaterThan(50);
    const findings = regexes.filter((regex) => !regex.dynamic).map(check);
    const dynamic = regexes.filter((regex) => regex.dynamic);
    const unknown = findings.filter((finding) => finding.status.startsWith('unknown'));
    if (dynamic.length || unknown.length) {
      console.info(
        [
          `${dynamic.length} regexes are built at run time and were not checked:`,
          ...dynamic.map((regex) => `  ${regex.file}:${regex.line} RegExp(${regex.source})`),
          ...unknown.map((finding) => `  ${finding.file}:${finding.line} /${finding.source}/${finding.flags}: ${finding.status}`),
        ].join('\n'),
      );
    }
    const vulnerable = findings.filter((finding) => finding.status === 'vulnerable');
    const known = vulnerable.filter((finding) => KNOWN.has(knownKey(finding)));
    const fixed = [...KNOWN].filter((key) => !known.some((finding) => knownKey(finding) === key));
    console.info(
      [
        `${known.length} known ReDoS-vulnerable regexes (reported, still open):`,
        ...known.map((finding) => `  ${describeFinding(finding)}`),
        ...(fixed.length ? ['fixed or gone, delete from KNOWN:', ...fixed.map((key) => `  ${key}`)] : []),
      ].join('\n'),
    );
    const fresh = vulnerable.filter((finding) => !KNOWN.has(knownKey(finding))).map(describeFinding);
    expect(fresh, `${fresh.length} of ${findings.length} regexes are newly ReDoS-vulnerable`).toEqual([]);
  }, 300_000);
});
