/**
 * The widget's CSS, adopted by its shadow root as a constructable stylesheet: no
 * `<style>` element and no `style` attribute, so a strict CSP (`style-src 'self'`
 * or a nonce) has nothing to block, and the site's CSS cannot reach in.
 *
 * Theming: the site sets these custom properties (they inherit into the shadow root),
 * e.g. on `:root`: --consentry-accent, --consentry-accent-text, --consentry-background,
 * --consentry-text, --consentry-radius, --consentry-font, and the dark theme's
 * --consentry-dark-accent, --consentry-dark-accent-text, --consentry-dark-background,
 * --consentry-dark-text. The defaults meet 4.5:1 text contrast in both themes.
 * Logical properties throughout (inline/block), so right-to-left languages mirror.
 */
export const CSS = `
:host{all:initial}
.root{
--a:var(--consentry-accent,#1d4ed8);--at:var(--consentry-accent-text,#fff);
--bg:var(--consentry-background,#fff);--fg:var(--consentry-text,#1f2937);
--mut:#4b5563;--line:#6b7280;--soft:#f3f4f6;--warn-bg:#fef3c7;--warn-fg:#78350f;
--r:var(--consentry-radius,12px);
font-family:var(--consentry-font,system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Devanagari","Nirmala UI",sans-serif);
font-size:16px;line-height:1.5;color:var(--fg);color-scheme:light}
.root[data-theme=dark]{
--a:var(--consentry-dark-accent,#93c5fd);--at:var(--consentry-dark-accent-text,#0b1220);
--bg:var(--consentry-dark-background,#111827);--fg:var(--consentry-dark-text,#f3f4f6);
--mut:#d1d5db;--line:#9ca3af;--soft:#1f2937;--warn-bg:#422006;--warn-fg:#fde68a;color-scheme:dark}
@media (prefers-color-scheme:dark){.root[data-theme=auto]{
--a:var(--consentry-dark-accent,#93c5fd);--at:var(--consentry-dark-accent-text,#0b1220);
--bg:var(--consentry-dark-background,#111827);--fg:var(--consentry-dark-text,#f3f4f6);
--mut:#d1d5db;--line:#9ca3af;--soft:#1f2937;--warn-bg:#422006;--warn-fg:#fde68a;color-scheme:dark}}
*,*::before,*::after{box-sizing:border-box}
h2,h3,h4,p,ul,dl,dd{margin:0}
h4{font-size:1rem;line-height:1.3}
h2{font-size:1.125rem;line-height:1.3}
h3{font-size:1rem;line-height:1.3}
a{color:inherit;text-decoration:underline;text-underline-offset:2px}
:focus-visible{outline:3px solid var(--a);outline-offset:2px}
.panel{background:var(--bg);color:var(--fg);font:inherit}

/* First layer */
.banner{position:fixed;z-index:2147483000;display:flex;flex-direction:column;gap:.75rem;padding:1rem;
box-shadow:0 -2px 16px rgb(0 0 0/.25);border:1px solid var(--line)}
.banner.bar{inset-inline:0;inset-block-end:0;border-inline:0;border-block-end:0}
.bar .wrap{inline-size:100%;max-inline-size:72rem;margin-inline:auto;display:grid;gap:.75rem 2rem;grid-template-columns:minmax(0,1fr) minmax(16rem,22rem);align-items:end}
.banner.box{inset-inline-end:1rem;inset-block-end:1rem;inline-size:min(26rem,calc(100vw - 2rem));border-radius:var(--r)}
.box .wrap,.modal .wrap{display:grid;gap:.75rem}
.head{display:flex;align-items:center;gap:.5rem;min-block-size:2.75rem}
.head h2{flex:1}
.text{overflow-y:auto;max-block-size:min(40vh,22rem);display:grid;gap:.5rem;padding-inline-end:.25rem}
.box .text{max-block-size:min(45vh,24rem)}
.text ul{padding-inline-start:1.25rem;display:grid;gap:.125rem}
.text[tabindex]{border-block-end:1px solid var(--line);padding-block-end:.25rem}
.warn{background:var(--warn-bg);color:var(--warn-fg);border-radius:calc(var(--r)/2);padding:.375rem .625rem}
.actions{display:grid;grid-template-columns:1fr 1fr;gap:.5rem}
.actions .wide{grid-column:1/-1}
@media (max-width:48rem){.bar .wrap{grid-template-columns:minmax(0,1fr)}}
@media (max-width:30rem){.banner{padding:.75rem}.banner.box{inset-inline:0;inset-block-end:0;inline-size:auto;border-radius:var(--r) var(--r) 0 0}
.text{max-block-size:34vh}}

/* Short viewports (landscape phones, 200 % zoom): the three buttons on one row, less text at once. */
@media (max-height:30rem){.banner{padding:.5rem 1rem;gap:.5rem}.wrap{gap:.5rem}.text{max-block-size:30vh}
.banner .actions{grid-template-columns:1fr 1fr 1fr}.banner .actions .wide{grid-column:auto}
dialog.prefs{overflow-y:auto}dialog.prefs .scroll{overflow:visible;flex:none}}

/* Buttons: Accept all and Reject all share one class, so they cannot differ in size, weight or colour. */
.btn{font:inherit;font-weight:600;min-block-size:2.75rem;padding:.5rem 1rem;border-radius:calc(var(--r)*.67);cursor:pointer;
border:2px solid var(--a);line-height:1.2;overflow-wrap:anywhere}
.choice{background:var(--a);color:var(--at)}
.secondary{background:transparent;color:var(--fg);border-color:var(--line)}
.choice:hover{filter:brightness(1.1)}
.secondary:hover{background:var(--soft)}
.icon{flex:none;inline-size:2.75rem;block-size:2.75rem;display:grid;place-items:center;padding:0;border-radius:50%;
background:transparent;color:var(--fg);border:1px solid transparent;cursor:pointer;font:inherit}
.icon:hover{background:var(--soft)}
.icon svg{inline-size:1.25rem;block-size:1.25rem}
select{font:inherit;font-size:.875rem;color:var(--fg);background:var(--bg);border:1px solid var(--line);border-radius:calc(var(--r)/2);
min-block-size:2.75rem;padding-inline:.5rem;max-inline-size:9rem}
.sr{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}

/* Dialogs: the native modal dialog makes the page inert and sits in the top layer (no layout shift). */
dialog{padding:0;border:1px solid var(--line);border-radius:var(--r);max-block-size:calc(100% - 2rem);max-inline-size:calc(100% - 2rem);overflow:hidden}
dialog[open]{display:flex;flex-direction:column}
dialog::backdrop{background:rgb(0 0 0/.55)}
dialog.modal{inline-size:34rem;padding:1.25rem;overflow-y:auto}
dialog.prefs{inline-size:44rem;block-size:min(48rem,calc(100% - 2rem))}
.prefs>.head{padding:.75rem 1rem .75rem 1.25rem;border-block-end:1px solid var(--line)}
.scroll{overflow-y:auto;padding:1rem 1.25rem;display:grid;gap:1rem;align-content:start;flex:1}
.prefs>.actions{padding:.75rem 1.25rem;border-block-start:1px solid var(--line);grid-template-columns:1fr 1fr 1fr}
@media (max-width:36rem){.prefs>.actions{grid-template-columns:1fr 1fr}.prefs>.actions .save{grid-column:1/-1;order:3}}
@media (max-width:30rem){dialog.prefs{inline-size:100%;block-size:100%;max-block-size:100%;max-inline-size:100%;border-radius:0;border:0}
.scroll{padding-inline:1rem}}
.muted{color:var(--mut)}
.cat{border:1px solid var(--line);border-radius:calc(var(--r)*.75);padding:.75rem 1rem;display:grid;gap:.5rem}
.cat-head{display:flex;align-items:center;justify-content:space-between;gap:1rem;min-block-size:2.75rem}
.cat-head label{font-weight:700;cursor:pointer}
.toggle{display:flex;align-items:center;gap:.75rem}
.always{font-size:.875rem;font-weight:600;color:var(--mut)}
details{border-block-start:1px solid var(--line);padding-block-start:.5rem}
summary{cursor:pointer;min-block-size:2rem;display:flex;align-items:center;font-weight:600;border-radius:4px}
summary::marker{content:""}
summary::before{content:"";display:inline-block;inline-size:.5rem;block-size:.5rem;margin-inline-end:.625rem;
border-inline-end:2px solid currentColor;border-block-end:2px solid currentColor;transform:rotate(-45deg)}
:dir(rtl) summary::before{transform:rotate(135deg)}
details[open]>summary::before{transform:rotate(45deg)}
.svc{padding-block:.5rem;display:grid;gap:.25rem}
.svc+.svc{border-block-start:1px dashed var(--line)}
.svc dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.125rem .75rem;font-size:.9375rem}
.svc dt{color:var(--mut)}
.svc ul{padding-inline-start:1.1rem}
.sum{display:grid;gap:.75rem}
.sum section{display:grid;gap:.25rem}
.sum ul{padding-inline-start:1.25rem}

/* Switch: a real checkbox with role=switch, so name, state and Space work natively. */
.switch{appearance:none;flex:none;margin:0;inline-size:3rem;block-size:1.75rem;border-radius:1rem;border:2px solid var(--line);
background:var(--soft);position:relative;cursor:pointer}
.switch::before{content:"";position:absolute;inset-block-start:.1875rem;inset-inline-start:.1875rem;inline-size:1.125rem;block-size:1.125rem;
border-radius:50%;background:var(--line)}
.switch:checked{background:var(--a);border-color:var(--a)}
.switch:checked::before{inset-inline-start:calc(100% - 1.3125rem);background:var(--at)}
.switch:disabled{cursor:not-allowed;opacity:1}

.notice{position:fixed;z-index:2147483000;inset-inline-end:1rem;inset-block-end:1rem;inline-size:min(24rem,calc(100vw - 2rem));
padding:1rem;border:1px solid var(--line);border-radius:var(--r);box-shadow:0 2px 16px rgb(0 0 0/.25);display:grid;gap:.75rem}

@media (prefers-reduced-motion:no-preference){
.banner{animation:cs-in .2s ease-out}
.switch::before{transition:inset-inline-start .15s}
@keyframes cs-in{from{transform:translateY(1rem);opacity:0}}}
@media (forced-colors:active){.switch:checked::before{background:CanvasText}.choice{border-color:ButtonText}}
`;

let shared: CSSStyleSheet | undefined;

/** One parsed sheet, shared by every mount on the page. */
export function widgetSheet(): CSSStyleSheet {
  if (!shared) {
    shared = new CSSStyleSheet();
    shared.replaceSync(CSS);
  }
  return shared;
}
