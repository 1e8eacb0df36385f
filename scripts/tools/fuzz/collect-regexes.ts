/**
 * Find every regular expression in TypeScript source: regex literals and
 * `new RegExp('…', '…')` / `RegExp('…')` with literal arguments. Patterns
 * built at run time (template substitutions, variables) are listed as dynamic
 * so a reviewer can check them by hand.
 *
 * Uses the TypeScript scanner (strings, templates and comments are tokenised
 * exactly as the compiler does); a `/` starts a regex unless the token before
 * it ends an expression — the rule every JavaScript tokenizer without a full
 * parser uses, and exact for the code style of this repository.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { LanguageVariant, SyntaxKind } from 'typescript/unstable/ast';
import { createScanner } from 'typescript/unstable/ast/scanner';

export interface FoundRegex {
  file: string;
  line: number;
  source: string;
  flags: string;
  /** Built at run time: `source` is the expression text, not a pattern. */
  dynamic: boolean;
}

/** Tokens after which `/` is division, not the start of a regex. */
const ENDS_EXPRESSION = new Set<SyntaxKind>([
  SyntaxKind.Identifier,
  SyntaxKind.NumericLiteral,
  SyntaxKind.BigIntLiteral,
  SyntaxKind.StringLiteral,
  SyntaxKind.NoSubstitutionTemplateLiteral,
  SyntaxKind.TemplateTail,
  SyntaxKind.RegularExpressionLiteral,
  SyntaxKind.CloseParenToken,
  SyntaxKind.CloseBracketToken,
  SyntaxKind.CloseBraceToken,
  SyntaxKind.PlusPlusToken,
  SyntaxKind.MinusMinusToken,
  SyntaxKind.ThisKeyword,
  SyntaxKind.SuperKeyword,
  SyntaxKind.TrueKeyword,
  SyntaxKind.FalseKeyword,
  SyntaxKind.NullKeyword,
  SyntaxKind.UndefinedKeyword,
]);

interface Token {
  kind: SyntaxKind;
  text: string;
  value: string;
  start: number;
}

/** Tokens of a TypeScript file, with regex literals and template parts re-scanned in context. */
export function tokenize(text: string): Token[] {
  const scanner = createScanner(true, LanguageVariant.Standard, text);
  const tokens: Token[] = [];
  const templates: number[] = [];
  let braces = 0;
  let previous = SyntaxKind.Unknown;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EndOfFile; kind = scanner.scan()) {
    if ((kind === SyntaxKind.SlashToken || kind === SyntaxKind.SlashEqualsToken) && !ENDS_EXPRESSION.has(previous)) kind = scanner.reScanSlashToken();
    if (kind === SyntaxKind.TemplateHead) templates.push(braces);
    else if (kind === SyntaxKind.OpenBraceToken) braces++;
    else if (kind === SyntaxKind.CloseBraceToken) {
      if (templates.length && templates[templates.length - 1] === braces) {
        kind = scanner.reScanTemplateToken(false);
        if (kind === SyntaxKind.TemplateTail) templates.pop();
      } else braces--;
    }
    tokens.push({ kind, text: scanner.getTokenText(), value: scanner.getTokenValue(), start: scanner.getTokenStart() });
    previous = kind;
  }
  return tokens;
}

const lineOf = (text: string, offset: number): number => {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
};

const isLiteral = (token: Token | undefined) => token?.kind === SyntaxKind.StringLiteral || token?.kind === SyntaxKind.NoSubstitutionTemplateLiteral;

export function regexesIn(file: string, text: string): FoundRegex[] {
  const tokens = tokenize(text);
  const found: FoundRegex[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === SyntaxKind.RegularExpressionLiteral) {
      const slash = token.text.lastIndexOf('/');
      found.push({ file, line: lineOf(text, token.start), source: token.text.slice(1, slash), flags: token.text.slice(slash + 1), dynamic: false });
      continue;
    }
    // RegExp( arg [, flags] ) — with or without `new`; `RegExp.escape` etc. are not constructors.
    if (token.kind !== SyntaxKind.Identifier || token.text !== 'RegExp' || tokens[i + 1]?.kind !== SyntaxKind.OpenParenToken) continue;
    if (tokens[i - 1]?.kind === SyntaxKind.DotToken) continue;
    const pattern = tokens[i + 2];
    const after = tokens[i + 3];
    const flags = after?.kind === SyntaxKind.CommaToken && isLiteral(tokens[i + 4]) ? tokens[i + 4].value : '';
    const closes = after?.kind === SyntaxKind.CloseParenToken || (after?.kind === SyntaxKind.CommaToken && (tokens[i + 5]?.kind === SyntaxKind.CloseParenToken || tokens[i + 5]?.kind === SyntaxKind.CommaToken));
    if (isLiteral(pattern) && closes) {
      found.push({ file, line: lineOf(text, token.start), source: pattern.value, flags, dynamic: false });
    } else {
      // Show the argument list as written, up to the matching parenthesis.
      let depth = 0;
      let end = i + 1;
      for (; end < tokens.length; end++) {
        if (tokens[end].kind === SyntaxKind.OpenParenToken) depth++;
        else if (tokens[end].kind === SyntaxKind.CloseParenToken && --depth === 0) break;
      }
      const argument = text.slice(tokens[i + 1].start + 1, tokens[end]?.start ?? text.length);
      found.push({ file, line: lineOf(text, token.start), source: argument.replace(/\s+/g, ' ').slice(0, 200), flags: '', dynamic: true });
    }
  }
  return found;
}

/** Every .ts file under `dir`, sorted, as paths relative to `root`. */
export async function typeScriptFiles(dir: string, root: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

export async function collectRegexes(dir: string, root: string): Promise<FoundRegex[]> {
  const found: FoundRegex[] = [];
  for (const file of await typeScriptFiles(dir, root)) found.push(...regexesIn(file, await readFile(path.join(root, file), 'utf8')));
  return found;
}
