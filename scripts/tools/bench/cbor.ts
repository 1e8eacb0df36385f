/**
 * A minimal CBOR decoder (definite lengths; integers, strings, arrays, maps,
 * simple values, floats): enough to read Pagefind's metadata file, which is
 * gzip + "pagefind_dcd" + CBOR.
 */
export type Cbor = number | string | Uint8Array | boolean | null | undefined | Cbor[] | Map<Cbor, Cbor>;

export function decodeCbor(bytes: Uint8Array, offset = 0): Cbor {
  let pos = offset;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = (info: number): number => {
    if (info < 24) return info;
    if (info === 24) return bytes[pos++];
    if (info === 25) { const v = view.getUint16(pos); pos += 2; return v; }
    if (info === 26) { const v = view.getUint32(pos); pos += 4; return v; }
    if (info === 27) { const v = Number(view.getBigUint64(pos)); pos += 8; return v; }
    throw new Error(`unsupported CBOR length ${info} at ${pos}`);
  };
  const item = (): Cbor => {
    const head = bytes[pos++];
    const major = head >> 5;
    const info = head & 31;
    switch (major) {
      case 0: return length(info);
      case 1: return -1 - length(info);
      case 2: { const n = length(info); const v = bytes.subarray(pos, pos + n); pos += n; return v; }
      case 3: { const n = length(info); const v = new TextDecoder().decode(bytes.subarray(pos, pos + n)); pos += n; return v; }
      case 4: { const n = length(info); const out: Cbor[] = []; for (let i = 0; i < n; i++) out.push(item()); return out; }
      case 5: { const n = length(info); const out = new Map<Cbor, Cbor>(); for (let i = 0; i < n; i++) { const k = item(); out.set(k, item()); } return out; }
      case 6: length(info); return item();
      default:
        if (info === 20) return false;
        if (info === 21) return true;
        if (info === 22) return null;
        if (info === 23) return undefined;
        if (info === 25) { const v = view.getFloat16 ? view.getFloat16(pos) : 0; pos += 2; return v; }
        if (info === 26) { const v = view.getFloat32(pos); pos += 4; return v; }
        if (info === 27) { const v = view.getFloat64(pos); pos += 8; return v; }
        return length(info);
    }
  };
  return item();
}
