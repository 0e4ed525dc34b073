// Must NOT compile (TS2322): the package test expects exactly this one error. Were the server's
// declarations lost, createReceiver would be `any` and this would compile.
import { createReceiver } from 'consentry/server';

export const r: number = createReceiver;
