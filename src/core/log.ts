/** Every message starts with this, so a site owner can filter the console for it. */
export const PREFIX = '[consentry]';

export interface Logger {
  error(message: string): void;
  warn(message: string): void;
}

export const consoleLogger: Logger = {
  error: (message) => console.error(`${PREFIX} ${message}`),
  warn: (message) => console.warn(`${PREFIX} ${message}`),
};

/** Runs `fn`; a throw is logged, never passed on: one broken listener must not break the page. */
export function guarded<T>(log: Logger, what: string, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    log.error(`${what} threw: ${describeError(error)}`);
    return undefined;
  }
}

export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
