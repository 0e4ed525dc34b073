/** `document.cookie` behind a seam, so domain probing and erasure can be tested with a jar that refuses public suffixes. */
export interface CookieJar {
  /** `name=value; name2=value2`, as `document.cookie` reads. */
  read(): string;
  /** One `Set-Cookie`-style string, as `document.cookie = …` takes. */
  write(cookie: string): void;
}

export function documentJar(doc: Document): CookieJar {
  return {
    read: () => doc.cookie,
    write: (cookie) => {
      doc.cookie = cookie;
    },
  };
}

/** Names of the cookies this page can see. */
export function cookieNames(jar: CookieJar): string[] {
  return jar
    .read()
    .split(';')
    .map((pair) => pair.split('=')[0]!.trim())
    .filter(Boolean);
}
