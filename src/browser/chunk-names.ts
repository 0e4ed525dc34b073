/** The chunks of the script-tag build, each fetched only when a visit needs it. */
export type ChunkName = 'messages' | 'validate' | 'decide' | 'cleanup' | 'embeds' | 'widget';
