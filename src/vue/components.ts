import { defineComponent, h } from 'vue';
import { granted } from '../adapters/binding';
import { useInstalled } from './plugin';

/**
 * `<ConsentGate category="analytics">…<template #fallback>…</template></ConsentGate>`: the default
 * slot only while the category (and/or `service`) is granted, else the `fallback` slot. Both
 * appear and go without a reload.
 */
export const ConsentGate = defineComponent({
  name: 'ConsentGate',
  props: { category: String, service: String },
  setup(props, { slots }) {
    const { snapshot } = useInstalled('<ConsentGate>');
    return () => (granted(snapshot.value.state, props) ? slots.default?.() : slots.fallback?.());
  },
});

/** `<ConsentSettingsLink>Cookie settings</ConsentSettingsLink>`: a button that opens the preferences dialog. */
export const ConsentSettingsLink = defineComponent({
  name: 'ConsentSettingsLink',
  setup(_props, { slots }) {
    const { binding } = useInstalled('<ConsentSettingsLink>');
    return () => h('button', { type: 'button', onClick: () => binding.actions.openPreferences() }, slots.default?.());
  },
});
