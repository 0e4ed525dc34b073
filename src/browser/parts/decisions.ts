// Decisions, records and their delivery: needed on the first decision, or when records wait.
export { decisions } from '../../core/decisions';
