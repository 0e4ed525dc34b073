/** 128 random bits as 22 base64url characters: pseudonymous, unguessable, cookie-safe. */
export function randomId(randomBytes: (length: number) => Uint8Array): string {
  const binary = String.fromCharCode(...randomBytes(16));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export const ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
