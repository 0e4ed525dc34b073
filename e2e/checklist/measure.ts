/**
 * Colour and focus measurements taken in the browser from getComputedStyle (installed with
 * `page.addInitScript(installMeasure)`, so it must stay self-contained). WCAG 2.x relative
 * luminance and contrast ratio; translucent colours are composited over what lies beneath, up
 * the tree and across shadow roots, down to the page's canvas (white).
 */
export function installMeasure(): void {
  type RGBA = [number, number, number, number];
  const parse = (c: string): RGBA => {
    if (c === 'transparent') return [0, 0, 0, 0];
    const m = /^rgba?\(([^)]+)\)$/.exec(c.trim());
    if (!m) throw new Error(`unparsed colour ${c}`);
    const p = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
    return [p[0]!, p[1]!, p[2]!, p[3] ?? 1];
  };
  const over = (top: RGBA, under: RGBA): RGBA => {
    const a = top[3] + under[3] * (1 - top[3]);
    if (a === 0) return [0, 0, 0, 0];
    return [0, 1, 2].map((i) => (top[i]! * top[3] + under[i]! * under[3] * (1 - top[3])) / a).concat(a) as RGBA;
  };
  const lum = ([r, g, b]: RGBA) => {
    const f = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const ratio = (x: RGBA, y: RGBA) => {
    const [a, b] = [lum(x), lum(y)].sort((p, q) => q - p);
    return Math.round(((a! + 0.05) / (b! + 0.05)) * 100) / 100;
  };
  const parent = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
  /** The opaque colour behind `el` (its own background excluded). */
  const behind = (el: Element): RGBA => {
    const layers: RGBA[] = [];
    for (let e = parent(el); e; e = parent(e)) {
      const bg = parse(getComputedStyle(e).backgroundColor);
      if (bg[3] > 0) layers.push(bg);
      if (bg[3] >= 1) break;
    }
    return layers.reduceRight((under, top) => over(top, under), [255, 255, 255, 1] as RGBA);
  };
  const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.getAttribute('data-action') ? `[${el.getAttribute('data-action')}]` : ''}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 24)}"`;

  /**
   * WCAG 1.4.11 for one control: its boundary (border, or fill where it has no visible border)
   * against what is behind it; a control with neither is text only (the × button), so its glyph.
   * For a switch also the knob against the track, which shows its state.
   */
  const boundary = (el: Element) => {
    const s = getComputedStyle(el);
    const bg = behind(el);
    const fill = over(parse(s.backgroundColor), bg);
    const parts: Record<string, number> = {};
    const borderWidth = parseFloat(s.borderTopWidth);
    const border = parse(s.borderTopColor);
    if (borderWidth > 0 && s.borderTopStyle !== 'none' && border[3] > 0) parts.border = ratio(over(border, bg), bg);
    if (parse(s.backgroundColor)[3] > 0) parts.fill = ratio(fill, bg);
    if (!Object.keys(parts).length) parts.glyph = ratio(over(parse(s.color), bg), bg);
    const best = Math.max(...Object.values(parts));
    const knob = el.matches('input.switch') ? ratio(over(parse(getComputedStyle(el, '::before').backgroundColor), fill), fill) : null;
    return { control: describe(el), ...parts, best, ...(knob === null ? {} : { knob }) };
  };

  const deepActive = () => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el;
  };
  const ring = (el: Element) => {
    const s = getComputedStyle(el);
    return { outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor, offset: parseFloat(s.outlineOffset), shadow: s.boxShadow };
  };
  let keyed = 0;
  /** The focused control: marks it, and measures its focus indicator and that indicator's contrast. */
  const focusRing = () => {
    const el = deepActive()!;
    if (!el.hasAttribute('data-cl-key')) el.setAttribute('data-cl-key', String(++keyed));
    const r = ring(el);
    // With a positive offset the outline is drawn over what is behind the control; else over the control itself.
    const bg = behind(el);
    const own = over(parse(getComputedStyle(el).backgroundColor), bg);
    const visible = r.style !== 'none' && r.width > 0 ? parse(r.color) : null;
    const contrast = visible ? Math.min(ratio(over(visible, bg), bg), ...(r.offset > 0 ? [] : [ratio(over(visible, own), own)])) : 0;
    return { key: el.getAttribute('data-cl-key')!, control: describe(el), focusVisible: el.matches(':focus-visible'), outline: r.outline, shadow: r.shadow, contrast, inWidget: el.getRootNode() instanceof ShadowRoot };
  };
  /** The same controls' outline and shadow without focus, for the "it changes" check. */
  const unfocused = (root: Element) => Object.fromEntries([...root.querySelectorAll('[data-cl-key]')].map((el) => [el.getAttribute('data-cl-key'), (({ outline, shadow }) => ({ outline, shadow }))(ring(el))]));
  /** Every control a visitor can Tab to inside `root`, visible. */
  const focusables = (root: Element) =>
    [...root.querySelectorAll('a[href], button:not(:disabled), select:not(:disabled), input:not(:disabled), summary, [tabindex]:not([tabindex="-1"])')].filter((el) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed').map(describe);
  const boundaries = (root: Element) => [...root.querySelectorAll('button, select, input')].map(boundary);
  (window as unknown as { __cl: unknown }).__cl = { boundaries, focusRing, unfocused, focusables };
}

export interface Boundary {
  control: string;
  border?: number;
  fill?: number;
  glyph?: number;
  best: number;
  knob?: number;
}
export interface Ring {
  key: string;
  control: string;
  focusVisible: boolean;
  outline: string;
  shadow: string;
  contrast: number;
  inWidget: boolean;
}
export interface Measure {
  boundaries(root: Element): Boundary[];
  focusRing(): Ring;
  unfocused(root: Element): Record<string, { outline: string; shadow: string }>;
  focusables(root: Element): string[];
}
declare global {
  interface Window {
    __cl: Measure;
  }
}
