import type { ReactElement, ReactNode } from 'react';
import { createContext, createElement, useContext, useEffect, useLayoutEffect, useState } from 'react';
import type { Binding, ConsentSetup } from '../adapters/binding';
import { createBinding } from '../adapters/binding';

export type ConsentProviderProps = ConsentSetup & { children?: ReactNode };

const ConsentContext = createContext<Binding | null>(null);

// Before paint in the browser, so a returning visitor's granted embed shows in the first frame;
// React 18 warns about useLayoutEffect during server rendering, where neither runs anyway.
const useBrowserEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/**
 * One consent instance for the app below it. Rendering creates nothing: the instance (and the
 * widget, loaded lazily) starts in an effect, after hydration, so the server and the hydrating
 * render both use `initialState` (or, without it, nothing optional allowed), and so does every
 * render until the instance has started. Props are read once, on the first render.
 */
export function ConsentProvider(props: ConsentProviderProps): ReactElement {
  const [binding] = useState(() => createBinding(props));
  useBrowserEffect(() => binding.start(), [binding]);
  return createElement(ConsentContext.Provider, { value: binding }, props.children);
}

export function useBinding(caller: string): Binding {
  const binding = useContext(ConsentContext);
  if (!binding) throw new Error(`[consentry] ${caller} needs a <ConsentProvider> above it.`);
  return binding;
}
