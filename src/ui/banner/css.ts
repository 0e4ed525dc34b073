/**
 * The first layer's CSS, adopted by the widget's shadow root. Every byte is on a first visit's
 * path, so it is terse; the rules, in words (the theme, panel and buttons: dom/panel-css.ts):
 * - one grid, placed by areas, so the markup can put Reject all first (the first Tab reaches
 *   it) while the title, language menu and close button sit at the top: title `h`, controls
 *   `c`, text `t` (one flowing paragraph, the policy link at its end), buttons `a`;
 * - sized for a phone: the bar stays under 40 % of a 360×740 screen and 25 % of 1280×800
 *   (issue 10), long words wrap (320 px), targets are 32 px or more (WCAG 2.5.8: 24; inline
 *   links and the "I am under" button sit in a sentence, which 2.5.8 exempts);
 * - the modal layout's `<dialog>` is centred by `.modal{inset:0;margin:auto}` (a class: `dialog`
 *   lost to `.panel`, which pinned it to the bottom with the bar's padding); the panel's inset
 *   and the `*` reset's margin replace the browser's; its height stays the browser's `fit-content`.
 */
import { panelCss } from '../dom/panel-css';

export const CSS = panelCss(`h2{grid-area:h;font-weight:700}
.t{grid-area:t}
.warn{background:var(--wb);color:var(--wf);padding:0 4px;box-decoration-break:clone}
a{color:inherit}
.c{grid-area:c;display:flex}
.u{font:inherit;min-height:24px;padding:0;border:0;background:none;color:inherit;text-decoration:underline}
.x{border:0;font-size:24px}
select,.x{min-height:32px}
@media(min-width:48rem){.bar{grid:"h c" "t a"/1fr 22rem}.bar .s{grid-column:1/-1}.bar .a{grid:auto/1fr 1fr}}
.modal{inset:0;margin:auto}
::backdrop{background:#0008}`);
