/**
 * How long the pointer rests on Accept before the click, in the benchmark's second Accept
 * measure: a mouse reaches a button before it presses it (and the keyboard's focus does). Wall
 * time, not scaled by the CPU setting: it is the visitor's.
 */
export const HOVER_MS = 300;
