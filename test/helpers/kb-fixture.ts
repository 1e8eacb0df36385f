/**
 * Knowledge-base fixtures written with plain string ids. The model brands its
 * ids (scripts/model/ids.ts), which production code makes through the id
 * constructors; a hand-written fixture full of `personId('…')` calls would be
 * hard to read, so tests write the literal with plain strings and let
 * `kbFixture` brand it in one place.
 */
import type { Brand } from '../../scripts/model/ids.ts';

/** `T` with every branded id in it (at any depth, in arrays and objects) read as a plain string. */
export type Unbranded<T> = T extends Brand<string>
  ? string
  : T extends string | number | boolean | bigint | symbol | null | undefined
    ? T // other strings (literals, `Lang`'s `string & {}`) stay as they are
    : T extends object
      ? { [K in keyof T]: Unbranded<T[K]> }
      : T;

/** `value`, written with plain string ids, typed as the branded `T` (ids are plain strings at run time). */
export function kbFixture<T>(value: Unbranded<T>): T {
  return value as T;
}
