import type { Part } from '../parts';

/** Text with links. Off-site links open in a new tab so the banner and the page stay where they were. */
export function Rich({ parts }: { parts: readonly Part[] }) {
  return (
    <>
      {parts.map((part, i) =>
        typeof part === 'string' ? (
          part
        ) : (
          <a key={i} href={part.href} {...(isExternal(part.href) ? { target: '_blank', rel: 'noopener' } : {})}>
            {part.text}
          </a>
        ),
      )}
    </>
  );
}

function isExternal(href: string): boolean {
  return /^https?:\/\//.test(href) && !href.startsWith(location.origin);
}
