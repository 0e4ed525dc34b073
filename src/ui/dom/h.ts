/**
 * A tiny element builder for the parts drawn without Preact (the banner is on a first visit's
 * critical path; Preact waits for the dialog). `on…` props become listeners, `true` an empty
 * attribute, `null`/`false`/`undefined` nothing. No `style`: the CSS is adopted, strict-CSP safe.
 */
export type Child = Node | string | null | undefined | false;

export function h(tag: string, props?: Record<string, unknown> | null, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const name in props) {
    const value = props[name];
    if (name.startsWith('on')) el.addEventListener(name.slice(2), value as EventListener);
    else if (value != null && value !== false) el.setAttribute(name, value === true ? '' : String(value));
  }
  el.append(...(children.filter((c) => c != null && c !== false) as Array<Node | string>));
  return el;
}
