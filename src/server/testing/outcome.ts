import type { InsertOutcome } from '../store';

/**
 * An insert's status alone: a store answers `created` with a later receive time when the same
 * millisecond already holds a committed record, which a busy test machine makes happen at random.
 */
export const statusOf = (outcome: InsertOutcome): 'created' | 'duplicate' | 'conflict' => (typeof outcome === 'string' ? outcome : outcome.status);
