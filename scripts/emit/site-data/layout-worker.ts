/**
 * Worker thread: runs the global graph's ForceAtlas2 layout, so that it
 * overlaps the main thread's page writing instead of following it (on two
 * cores the second one is otherwise idle while pages are written).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { layoutGraph, type LayoutInput } from './graph-layout.ts';

parentPort?.postMessage(layoutGraph(workerData as LayoutInput));
