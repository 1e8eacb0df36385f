/**
 * JSON.stringify(value) + '\n' written to `file` in ~1 MB chunks: the same bytes, without
 * building one string as large as the file (kb.json is ~80 MB at 10k articles; the one big
 * string, and the copy that appending the newline makes, cost a second and a GC of the whole heap).
 * Streams the top-level object's array fields element by element; the rest is stringified whole.
 */
import { open } from 'node:fs/promises';

const CHUNK = 1 << 20;

export async function writeJsonStreamed(file: string, value: Record<string, unknown>): Promise<void> {
  const handle = await open(file, 'w');
  try {
    let buffer: string[] = [];
    let size = 0;
    const flush = async () => {
      if (buffer.length === 0) return;
      await handle.write(buffer.join(''));
      buffer = [];
      size = 0;
    };
    const push = async (text: string) => {
      buffer.push(text);
      size += text.length;
      if (size >= CHUNK) await flush();
    };
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
    await flush();
  } finally {
    await handle.close();
  }
}
