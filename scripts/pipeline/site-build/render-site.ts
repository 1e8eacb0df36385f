/**
 * Run `astro build` in a child process (astro-child.ts) and receive its
 * rendered pages. With `startBeforeData` the child starts at once, so Astro
 * loads and bundles the pages while the caller is still ingesting; otherwise
 * it starts once `dataReady` resolves (nothing of it, not even an idle Node
 * process, sits beside the ingest). It renders once `dataReady` resolves.
 * When it exits, all of Astro's memory goes with it.
 */
import { fork } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildOptions, FromChild, ToChild } from './protocol.ts';
import type { RenderProgress } from './render-progress.ts';

const CHILD = fileURLToPath(new URL('./astro-child.ts', import.meta.url));

export interface RenderOptions extends ChildOptions {
  /** Start Astro before `dataReady` (faster), or only then (less memory at once: Astro waiting with its bundle holds a lot). */
  startBeforeData: boolean;
  /** Environment for Astro (LETOPIS_DATA …). */
  env: NodeJS.ProcessEnv;
  dataReady: Promise<unknown>;
  /** Called for each rendered page; the child waits while too many calls are unresolved. */
  onPage: (url: string, html: string) => Promise<void>;
  /** Pages rendered of the total: at the start, every few seconds, and at the end. */
  onProgress?: (progress: RenderProgress) => void;
}

/**
 * A working folder for the Astro child, of this build only, under `<root>/.astro/`.
 * Astro bundles the pages for rendering into `<outDir>/.prerender/` when the
 * output folder is inside its working directory, and otherwise into
 * `<cwd>/.astro/.prerender/`, which every build started from the same folder
 * shares: a concurrent build (the bench, tests, a second checkout's user)
 * deletes or overwrites the bundle another one is still rendering from. The
 * bundle must stay inside the project, where its imports find node_modules.
 * Folders left by builds that were killed are removed here.
 */
async function astroWorkFolder(root: string): Promise<string> {
  const parent = path.join(root, '.astro');
  await mkdir(parent, { recursive: true });
  for (const name of await readdir(parent)) {
    const pid = /^build-(\d+)-/.exec(name)?.[1];
    if (pid !== undefined && !isRunning(Number(pid))) await rm(path.join(parent, name), { recursive: true, force: true });
  }
  return mkdtemp(path.join(parent, `build-${process.pid}-`));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function renderSite(options: RenderOptions): Promise<void> {
  const { env, dataReady, onPage, onProgress, startBeforeData, ...childOptions } = options;
  if (!startBeforeData) await dataReady;
  const cwd = await astroWorkFolder(childOptions.root);
  try {
    await runChild(childOptions, cwd, env, dataReady, onPage, onProgress);
  } finally {
    await rm(cwd, { recursive: true, force: true });
  }
}

function runChild(
  childOptions: ChildOptions, cwd: string, env: NodeJS.ProcessEnv, dataReady: Promise<unknown>, onPage: RenderOptions['onPage'], onProgress: RenderOptions['onProgress'],
): Promise<void> {
  // 'advanced' (V8's serializer) copies a page's string as is; JSON would re-encode every page twice.
  const child = fork(CHILD, [JSON.stringify(childOptions)], { cwd, env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
  const send = (message: ToChild): void => {
    // A child that has finished may close the channel between the check and the write: nothing to tell it then.
    if (child.connected) child.send(message, (error) => void error);
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
      } else if (message.type === 'progress') onProgress?.({ rendered: message.rendered, total: message.total });
      else outcome = message;
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
