import { CHUNKS } from 'consentry:chunks';
import type { ChunkName } from './chunk-names';

export type { ChunkName } from './chunk-names';

/** The script element a chunk calls back on, through `document.currentScript`: no global is needed. */
type ChunkScript = HTMLScriptElement & { consentry?: (exports: unknown) => void };

/**
 * Fetches a chunk of the script-tag build once, in parallel with any other: a classic
 * script with the page's nonce and the integrity hash the build wrote into this file, so
 * a CDN (or anyone on the way) cannot change what runs. A chunk that fails its integrity
 * check never runs, and the promise rejects with the reason.
 */
export function chunkLoader(base: string, nonce: string | undefined): <T>(name: ChunkName) => Promise<T> {
  const loading: Partial<Record<ChunkName, Promise<unknown>>> = {};
  return <T>(name: ChunkName) =>
    (loading[name] ??= new Promise((resolve, reject) => {
      const [file, integrity] = CHUNKS[name];
      const script: ChunkScript = document.createElement('script');
      script.src = new URL(file, base).href;
      script.integrity = integrity;
      script.crossOrigin = 'anonymous';
      if (nonce) script.nonce = nonce;
      let ran = false;
      script.consentry = (exports) => {
        ran = true;
        resolve(exports);
      };
      script.onload = script.onerror = () => {
        if (ran) return;
        delete loading[name]; // it may be tried again later
        reject(new Error(`could not load ${script.src} (blocked, changed since the build, or not found)`));
      };
      document.head.append(script);
    })) as Promise<T>;
}
