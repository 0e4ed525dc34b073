import type { View } from './launcher';

export interface Request {
  view: View;
  opener: HTMLElement | null;
}

/**
 * Requests to show something, from outside the component tree (the launcher, the
 * script-tag loader). Queued until the app listens: Preact runs effects after the
 * first paint, and a request made right after mounting must not be lost.
 */
export class Requests {
  private queue: Request[] = [];
  private listener: ((request: Request) => void) | undefined;

  send(request: Request): void {
    if (this.listener) this.listener(request);
    else this.queue.push(request);
  }

  listen(listener: (request: Request) => void): () => void {
    this.listener = listener;
    for (const request of this.queue.splice(0)) listener(request);
    return () => {
      if (this.listener === listener) this.listener = undefined;
    };
  }
}
