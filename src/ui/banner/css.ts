/**
 * The first layer's CSS (and the reload notice's), adopted by the widget's shadow root. Every
 * byte is on a first visit's path, so it is terse; the rules, in words:
 * - theming by the site's custom properties (README "Theming"): --consentry-accent,
 *   -accent-text, -background, -text, -radius, -font and their --consentry-dark-* twins; the
 *   defaults keep 4.5:1 text contrast in both themes;
 * - one grid, placed by areas, so the markup can put Reject all first (the first Tab reaches
 *   it) while the title, language menu and close button sit at the top: title `h`, controls
 *   `c`, text `t` (one flowing paragraph, the policy link at its end), buttons `a`;
 * - sized for a phone: the bar stays under 40 % of a 360×740 screen and 25 % of 1280×800
 *   (issue 10), long words wrap (320 px), targets are 32 px or more (WCAG 2.5.8: 24; inline
 *   links and the "I am under" button sit in a sentence, which 2.5.8 exempts);
 * - Reject all and Accept all share one class (`b`): same size, weight and colour.
 */
const DARK = '--a:var(--consentry-dark-accent,#93c5fd);--at:var(--consentry-dark-accent-text,#0b1220);--bg:var(--consentry-dark-background,#111827);--fg:var(--consentry-dark-text,#f3f4f6);--l:#9ca3af;--wb:#422006;--wf:#fde68a;color-scheme:dark';

export const CSS = `:host{all:initial}
.root{--a:var(--consentry-accent,#1d4ed8);--at:var(--consentry-accent-text,#fff);--bg:var(--consentry-background,#fff);--fg:var(--consentry-text,#1f2937);--l:#6b7280;--wb:#fef3c7;--wf:#78350f;--r:var(--consentry-radius,12px);font:15px/1.4 var(--consentry-font,system-ui,sans-serif);color:var(--fg)}
[data-theme=dark]{${DARK}}
@media(prefers-color-scheme:dark){[data-theme=auto]{${DARK}}}
*{box-sizing:border-box;margin:0;font:inherit}
h2{grid-area:h;font-weight:700}
:focus-visible{outline:3px solid var(--a);outline-offset:2px}
.panel{position:fixed;z-index:2147483000;inset:auto 0 0;max-height:100%;overflow:auto;background:var(--bg);color:var(--fg);border:solid var(--l);border-width:1px 0 0;box-shadow:0 0 16px #0004;padding:10px max(12px,50% - 36rem);display:grid;gap:6px 24px;grid:"h c" "t t" "a a"/1fr auto;align-items:center;overflow-wrap:anywhere}
.t{grid-area:t}
.warn{background:var(--wb);color:var(--wf);padding:0 4px;box-decoration-break:clone}
a{color:inherit}
.c{grid-area:c;display:flex}
.a{grid-area:a;display:grid;grid:auto/1fr 1fr auto;gap:6px}
button,select{min-height:40px;padding:2px 8px;border-radius:8px;border:2px solid var(--a);background:var(--a);color:var(--at);font-weight:600;cursor:pointer}
.s,select,.x{background:none;color:inherit;border-color:var(--l)}
.u{font:inherit;min-height:24px;padding:0;border:0;background:none;color:inherit;text-decoration:underline}
.p{position:fixed;z-index:2147483000;left:12px;bottom:12px;display:flex;gap:8px;align-items:center;background:var(--bg)}
.x{border:0;font-size:24px}
select,.x{min-height:32px}
@media(min-width:48rem){.bar{grid:"h c" "t a"/1fr 22rem}.bar .s{grid-column:1/-1}.bar .a{grid:auto/1fr 1fr}}
.box,.n,dialog{inset:auto 16px 16px auto;width:min(26rem,100vw - 32px);border-width:1px;border-radius:var(--r);padding:12px 16px}
dialog{inset:0;margin:auto;height:fit-content}
::backdrop{background:#0008}
.n{grid:none}
@media(max-width:30rem){.panel{font:14px/1.3 var(--consentry-font,system-ui,sans-serif);padding:6px 10px;gap:4px}button{min-height:36px;padding:2px 6px;font-size:13px}.box{inset:auto 0 0;width:auto}}
@media(prefers-reduced-motion:no-preference){.panel{animation:cs-in .2s}@keyframes cs-in{from{translate:0 1rem;opacity:0}}}`;
