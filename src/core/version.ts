/** Written into every record; a test keeps it equal to package.json's version. */
export const VERSION = '0.1.0';

/**
 * This copy of the library: the version, and in a built copy a digest of its source (the build
 * writes it, rollup.config.mjs `buildId`). What a browser keeps of a checked config is keyed by it,
 * so a rebuilt copy under the same version (a development build, a patched self-hosted one) never
 * starts from what another build resolved. Unbuilt (tests), the version alone.
 */
export const BUILD: string = VERSION;
