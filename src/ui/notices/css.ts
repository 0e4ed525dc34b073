/**
 * The notices' CSS (the theme, panel and buttons: dom/panel-css.ts): the opt-out link fixed at
 * the bottom left, the reload offer a box at the bottom right.
 */
import { panelCss } from '../dom/panel-css';

export const CSS = panelCss(`.p{position:fixed;z-index:2147483000;left:12px;bottom:12px;display:flex;gap:8px;align-items:center;background:var(--bg)}
.n{grid:"t" "a"}`);
