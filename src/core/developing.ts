/**
 * A page a developer is working on (localhost, `*.localhost`, a file): warnings meant for the
 * site's developer come with their full reasons there. Elsewhere every visitor would download
 * those words (3 KB) for a console nobody reads.
 */
export function developing({ protocol, hostname }: Pick<Location, 'protocol' | 'hostname'>): boolean {
  return protocol === 'file:' || /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$|\.localhost$/.test(hostname);
}
