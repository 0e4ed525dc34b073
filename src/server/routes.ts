export type Route = { name: 'records' } | { name: 'export' } | { name: 'consent'; segment: string };

/** The receiver's endpoint for a path below its mount point, or `null` when it has none there. */
export function matchRoute(path: string): Route | null {
  if (path === '/' || path === '') return { name: 'records' };
  if (path === '/export') return { name: 'export' };
  const consent = /^\/consents\/([^/]+)$/.exec(path);
  return consent ? { name: 'consent', segment: consent[1]! } : null;
}

/** The path below the mount point, or `null` when the request is for something else. */
export function localPath(pathname: string, base: string): string | null {
  if (!base) return pathname;
  if (pathname === base) return '/';
  return pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : null;
}

/** `/consent-log/` and `/consent-log` mount the same way. */
export function normaliseBasePath(basePath: string | undefined): string {
  return (basePath ?? '').replace(/\/+$/, '');
}

/** A percent-decoded path segment, or `null` for malformed escapes (`%E0`): the caller answers 400. */
export function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
