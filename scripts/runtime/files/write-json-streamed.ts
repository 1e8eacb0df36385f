/**
 * JSON.stringify(value) + '\n' written to `file` in ~1 MB chunks: the same bytes, without
 * building one string as large as the file (kb.json grows with the corpus, past what one string may hold).
 * Streams the top-level object's array fields element by element; the rest is stringified whole.
 */
import { openChunkedWriter } from './chunked-writer.ts';

export async function writeJsonStreamed(file: string, value: Record<string, unknown>): Promise<void> {
  const out = await openChunkedWriter(file);
  try {
    const push = (text: string) => out.push(text);
    // Honour toJSON at the top, as JSON.stringify would.
    const top = typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (JSON.parse(JSON.stringify(value)) as Record<string, unknown>) : value;
    await push('{');
    let first = true;
    for (const key of Object.keys(top)) {
      const field = top[key];
      if (field === undefined || typeof field === 'function' || typeof field === 'symbol') continue;
      await push(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      if (Array.isArray(field) && typeof (field as { toJSON?: unknown }).toJSON !== 'function') {
        await push('[');
        for (let i = 0; i < field.length; i++) await push(`${i === 0 ? '' : ','}${JSON.stringify(field[i]) ?? 'null'}`);
        await push(']');
      } else {
        await push(JSON.stringify(field));
      }
    }
    await push('}\n');
  } finally {
    await out.close();
  }
}
