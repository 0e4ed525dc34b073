import type { Logger } from './log';
import { guarded } from './log';

type Listener = (...args: never[]) => void;

/** A tiny typed event emitter; a throwing listener is logged and the others still run. */
export class Emitter<Events extends { [E in keyof Events]: Listener }> {
  private readonly listeners = new Map<keyof Events, Set<Listener>>();

  constructor(private readonly log: Logger) {}

  on<E extends keyof Events>(event: E, listener: Events[E]): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener);
    return () => set!.delete(listener);
  }

  has(event: keyof Events): boolean {
    return (this.listeners.get(event)?.size ?? 0) > 0;
  }

  emit<E extends keyof Events>(event: E, ...args: Parameters<Events[E]>): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) {
      guarded(this.log, `a "${String(event)}" listener`, () => (listener as (...a: unknown[]) => void)(...args));
    }
  }

  clear(): void {
    this.listeners.clear();
  }
}
