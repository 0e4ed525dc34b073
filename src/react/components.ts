import type { ButtonHTMLAttributes, MouseEvent, ReactElement, ReactNode } from 'react';
import { createElement, Fragment } from 'react';
import { granted } from '../adapters/binding';
import { reportUnknownGateNames } from '../adapters/gate-names';
import { LINK_ATTRIBUTE } from '../adapters/link-attribute';
import { useConsent } from './use-consent';

export type ConsentGateProps = { children?: ReactNode; fallback?: ReactNode } & (
  | { category: string; service?: string | undefined }
  | { category?: string | undefined; service: string }
);

/**
 * Renders its children only while the category (and/or the service) is granted, else `fallback`
 * (an embed's placeholder with a button that grants it, say). They appear and go without a reload.
 */
export function ConsentGate(props: ConsentGateProps): ReactElement {
  const { state, consent } = useConsent();
  reportUnknownGateNames({ state, consent }, props);
  return createElement(Fragment, null, granted(state, props) ? props.children : (props.fallback ?? null));
}

export type ConsentSettingsLinkProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> & { children: ReactNode };

/** A button that opens the preferences dialog: the way back to the choice that every page needs. */
export function ConsentSettingsLink({ onClick, ...rest }: ConsentSettingsLinkProps): ReactElement {
  const { openPreferences } = useConsent();
  return createElement('button', {
    ...rest,
    type: 'button',
    [LINK_ATTRIBUTE]: '', // a way back, for mountUi's check (launcher.ts)
    onClick: (event: MouseEvent<HTMLButtonElement>) => {
      onClick?.(event);
      if (!event.defaultPrevented) openPreferences();
    },
  });
}
