/** 1-based line number of a string offset (counts \n; \r\n counts once, a lone \r too). */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) line++;
    else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a) line++;
  }
  return line;
}

/** End of the line starting at or containing `from` (offset of its \r or \n, or text end). */
export function lineEnd(text: string, from: number, limit = text.length): number {
  let i = from;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return i;
    i++;
  }
  return limit;
}

/** Offset just after the line break at `at` (handles \r\n). */
export function skipLineBreak(text: string, at: number): number {
  if (text.charCodeAt(at) === 0x0d && text.charCodeAt(at + 1) === 0x0a) return at + 2;
  return at + 1;
}

export function isBlankCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0xfeff ||
    c === 0x200b || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f;
}

/** Shrink [start, end) so that it neither starts nor ends with whitespace. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && isBlankCode(text.charCodeAt(start))) start++;
  while (end > start && isBlankCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}
