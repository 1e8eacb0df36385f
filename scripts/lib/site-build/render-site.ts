/**
 * Run `astro build` in a child process (astro-child.ts) and receive its
 * rendered pages. With `startBeforeData` the child starts at once, so Astro
 * loads and bundles the pages while the caller is still ingesting; otherwise
 * it starts once `dataReady` resolves (nothing of it, not even an idle Node
 * process, sits beside the ingest). It renders once `dataReady` resolves.
 * When it exits, all of Astro's memory goes with it.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildOptions, FromChild, ToChild } from './protocol.ts';

const CHILD = fileURLToPath(new URL('./astro-child.ts', import.meta.url));

export interface RenderOptions extends ChildOptions {
  /** Start Astro before `dataReady` (faster), or only then (less memory at once: Astro waiting with its bundle holds ≈0.35 GB). */
  startBeforeData: boolean;
  /** Environment for Astro (LETOPIS_DATA …). */
  env: NodeJS.ProcessEnv;
  dataReady: Promise<unknown>;
  /** Called for each rendered page; the child waits while too many calls are unresolved. */
  onPage: (url: string, html: string) => Promise<void>;
}

export async function renderSite(options: RenderOptions): Promise<void> {
  const { env, dataReady, onPage, startBeforeData, ...childOptions } = options;
  if (!startBeforeData) await dataReady;
  // 'advanced' (V8's serializer) copies a page's string as is; JSON would re-encode every page twice.
  const child = fork(CHILD, [JSON.stringify(childOptions)], { env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
  const send = (message: ToChild): void => {
    if (child.connected) child.send(message);
  };
  return new Promise<void>((resolve, reject) => {
    let outcome: FromChild | null = null;
    let failure: Error | null = null;
    dataReady.then(() => send({ type: 'data-ready' }), () => child.kill());
    child.on('message', (message: FromChild) => {
      if (message.type === 'page') {
        onPage(message.url, message.html).then(
          () => send({ type: 'ack' }),
          (error: unknown) => {
            failure ??= error instanceof Error ? error : new Error(String(error));
            child.kill();
          },
        );
      } else outcome = message;
    });
    child.on('error', (error) => (failure ??= error));
    child.on('close', (code, signal) => {
      if (failure) reject(failure);
      else if (outcome?.type === 'error') reject(new Error(outcome.message));
      else if (outcome?.type === 'done' && code === 0) resolve();
      else reject(new Error(`Astro stopped (${signal ?? `exit code ${code}`}) before the site was built.`));
    });
  });
}
