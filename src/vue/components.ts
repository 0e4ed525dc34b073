import { defineComponent, h, type DefineComponent } from 'vue';
import { granted } from '../adapters/binding';
import { reportUnknownGateNames } from '../adapters/gate-names';
import { LINK_ATTRIBUTE } from '../adapters/link-attribute';
import { useInstalled } from './plugin';

// Typed by hand with DefineComponent's first argument alone: the type inferred from
// defineComponent() passes as many arguments as the Vue it was built with takes (20 in 3.5.2 and
// later, 13 in 3.3), so the published declarations would compile only with that Vue.

/** `<ConsentGate>`'s props: a category, a service, or both (both must be granted). */
export interface ConsentGateProps {
  category?: string | undefined;
  service?: string | undefined;
}

/**
 * `<ConsentGate category="analytics">…<template #fallback>…</template></ConsentGate>`: the default
 * slot only while the category (and/or `service`) is granted, else the `fallback` slot. Both
 * appear and go without a reload.
 */
export const ConsentGate: DefineComponent<ConsentGateProps> = defineComponent({
  name: 'ConsentGate',
  props: { category: String, service: String },
  setup(props, { slots }) {
    const { snapshot } = useInstalled('<ConsentGate>');
    return () => {
      reportUnknownGateNames(snapshot.value, props);
      return granted(snapshot.value.state, props) ? slots.default?.() : slots.fallback?.();
    };
  },
});

/** `<ConsentSettingsLink>Cookie settings</ConsentSettingsLink>`: a button that opens the preferences dialog. */
export const ConsentSettingsLink: DefineComponent = defineComponent({
  name: 'ConsentSettingsLink',
  setup(_props, { slots }) {
    const { binding } = useInstalled('<ConsentSettingsLink>');
    return () => h('button', { type: 'button', [LINK_ATTRIBUTE]: '', onClick: () => binding.actions.openPreferences() }, slots.default?.());
  },
});
