/**
 * What the widget's plain-DOM panels share (the banner, and the notices: the opt-out link and
 * the reload offer), each part adopting it with its own rules in the middle:
 * - theming by the site's custom properties (README "Theming"): --consentry-accent,
 *   -accent-text, -background, -text, -radius, -font and their --consentry-dark-* twins; the
 *   defaults keep 4.5:1 text contrast in both themes;
 * - a panel fixed to the bottom, or a box at the bottom right (the banner's box layout, the
 *   reload offer); on a phone smaller type and 36 px targets (WCAG 2.5.8: 24);
 * - never the whole viewport's height: at 400 % zoom (320×256) a bar as tall as the viewport hid
 *   every page element the keyboard reached (WCAG 2.4.11); the 48 px left at the top show it;
 * - every button the same size, weight and colour unless secondary (`s`): Reject all and
 *   Accept all look alike;
 * - a panel slides in but never fades in: it is readable in the first frame it is drawn (a
 *   fade from transparent kept it unseen one frame more, about 60 ms on a slow phone).
 */
const DARK = '--a:var(--consentry-dark-accent,#93c5fd);--at:var(--consentry-dark-accent-text,#0b1220);--bg:var(--consentry-dark-background,#111827);--fg:var(--consentry-dark-text,#f3f4f6);--l:#9ca3af;--wb:#422006;--wf:#fde68a;color-scheme:dark';

export const panelCss = (rules: string): string => `:host{all:initial}
.root{--a:var(--consentry-accent,#1d4ed8);--at:var(--consentry-accent-text,#fff);--bg:var(--consentry-background,#fff);--fg:var(--consentry-text,#1f2937);--l:#6b7280;--wb:#fef3c7;--wf:#78350f;--r:var(--consentry-radius,12px);font:15px/1.4 var(--consentry-font,system-ui,sans-serif);color:var(--fg)}
[data-theme=dark]{${DARK}}
@media(prefers-color-scheme:dark){[data-theme=auto]{${DARK}}}
*{box-sizing:border-box;margin:0;font:inherit}
:focus-visible{outline:3px solid var(--a);outline-offset:2px}
.panel{position:fixed;z-index:2147483000;inset:auto 0 0;max-height:calc(100% - 48px);overflow:auto;background:var(--bg);color:var(--fg);border:solid var(--l);border-width:1px 0 0;box-shadow:0 0 16px #0004;padding:10px max(12px,50% - 36rem);display:grid;gap:6px 24px;grid:"h c" "t t" "a a"/1fr auto;align-items:center;overflow-wrap:anywhere}
.a{grid-area:a;display:grid;grid:auto/1fr 1fr auto;gap:6px}
button,select{min-height:40px;padding:2px 8px;border-radius:8px;border:2px solid var(--a);background:var(--a);color:var(--at);font-weight:600;cursor:pointer}
.s,select,.x{background:none;color:inherit;border-color:var(--l)}
.box,.n,.modal{inset:auto 16px 16px auto;width:min(26rem,100vw - 32px);border-width:1px;border-radius:var(--r);padding:12px 16px}
${rules}
@media(max-width:30rem){.panel{font:14px/1.3 var(--consentry-font,system-ui,sans-serif);padding:6px 10px;gap:4px}button{min-height:36px;padding:2px 6px;font-size:13px}.box{inset:auto 0 0;width:auto}}
@media(prefers-reduced-motion:no-preference){.panel{animation:cs-in .2s}@keyframes cs-in{from{translate:0 1rem}}}`;
