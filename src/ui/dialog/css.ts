/**
 * The preferences dialog's CSS, adopted by the widget's shadow root next to the banner's (the
 * dialog may open on a page that never loaded the banner, so it carries the theme too).
 * Theming: the same custom properties as the banner (README "Theming").
 * Long strings (addresses, URLs) break anywhere, so nothing scrolls sideways at 320 px. The
 * title and a category's name, beside their controls, break between words only: on a phone the
 * title is smaller, and below 22rem (352 px) the language menu goes under the title and a
 * switch under its name when both do not fit, so "конфиденциальности" and "Необходимые" keep
 * whole at 320 px (a word wider than the whole line still breaks rather than overflow).
 */
const DARK = '--a:var(--consentry-dark-accent,#93c5fd);--at:var(--consentry-dark-accent-text,#0b1220);--bg:var(--consentry-dark-background,#111827);--fg:var(--consentry-dark-text,#f3f4f6);--mut:#d1d5db;--ln:#9ca3af;--so:#1f2937;--wb:#422006;--wf:#fde68a;color-scheme:dark';

export const CSS = `:host{all:initial}
.root{--a:var(--consentry-accent,#1d4ed8);--at:var(--consentry-accent-text,#fff);--bg:var(--consentry-background,#fff);--fg:var(--consentry-text,#1f2937);--mut:#4b5563;--ln:#6b7280;--so:#f3f4f6;--wb:#fef3c7;--wf:#78350f;--r:var(--consentry-radius,12px);
font:16px/1.5 var(--consentry-font,system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Devanagari","Nirmala UI",sans-serif);color:var(--fg);color-scheme:light}
.root[data-theme=dark]{${DARK}}
@media(prefers-color-scheme:dark){.root[data-theme=auto]{${DARK}}}
*,*::before,*::after{box-sizing:border-box}
h2,h3,h4,p,ul,dl,dd{margin:0}
h2{font-size:1.125rem;line-height:1.3;flex:1}
h3,h4{font-size:1rem;line-height:1.3}
a{color:inherit;text-decoration:underline;text-underline-offset:2px}
:focus-visible{outline:3px solid var(--a);outline-offset:2px}
dialog.prefs{padding:0;background:var(--bg);color:var(--fg);font:inherit;border:1px solid var(--ln);border-radius:var(--r);inline-size:44rem;block-size:min(48rem,calc(100% - 2rem));max-block-size:calc(100% - 2rem);max-inline-size:calc(100% - 2rem);overflow:hidden;overflow-wrap:anywhere}
dialog[open]{display:flex;flex-direction:column}
dialog::backdrop{background:rgb(0 0 0/.55)}
.head{display:flex;align-items:center;gap:.5rem;min-block-size:2.75rem;padding:.75rem 1rem .75rem 1.25rem;border-block-end:1px solid var(--ln)}
.head,.cat>.row{overflow-wrap:break-word}
.scroll{overflow-y:auto;padding:1rem 1.25rem;display:grid;gap:1rem;align-content:start;flex:1}
.actions{display:grid;grid-template-columns:1fr 1fr 1fr;gap:.5rem;padding:.75rem 1.25rem;border-block-start:1px solid var(--ln)}
@media (max-width:36rem){.actions{grid-template-columns:1fr 1fr}.actions .save{grid-column:1/-1;order:3}}
@media (max-width:30rem){dialog.prefs{inline-size:100%;block-size:100%;max-block-size:100%;max-inline-size:100%;border-radius:0;border:0}.scroll{padding-inline:1rem}.head{padding-inline:1rem .5rem}h2{font-size:1rem}}
@media (max-width:22rem){.head,.cat>.row{flex-wrap:wrap}.head h2{flex-basis:100%}.head select{flex:1;max-inline-size:none}.toggle{margin-inline-start:auto}.head h2,.cat>.row>h3{min-inline-size:0}}
@media (max-height:30rem){dialog.prefs{overflow-y:auto}.scroll{overflow:visible;flex:none}}
.btn{font:inherit;font-weight:600;min-block-size:2.75rem;padding:.5rem 1rem;border-radius:calc(var(--r)*.67);cursor:pointer;border:2px solid var(--a);line-height:1.2}
.choice{background:var(--a);color:var(--at)}
.secondary{background:transparent;color:var(--fg);border-color:var(--ln)}
.choice:hover{filter:brightness(1.1)}
.secondary:hover{background:var(--so)}
.icon{flex:none;inline-size:2.75rem;block-size:2.75rem;display:grid;place-items:center;padding:0;border-radius:50%;background:transparent;color:var(--fg);border:1px solid transparent;cursor:pointer}
.icon:hover{background:var(--so)}
.icon svg{inline-size:1.25rem;block-size:1.25rem}
select{font:inherit;font-size:.875rem;color:var(--fg);background:var(--bg);border:1px solid var(--ln);border-radius:calc(var(--r)/2);min-block-size:2.75rem;padding-inline:.5rem;max-inline-size:9rem}
.sr{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.muted{color:var(--mut)}
.warn{background:var(--wb);color:var(--wf);border-radius:calc(var(--r)/2);padding:.375rem .625rem}
.cat{border:1px solid var(--ln);border-radius:calc(var(--r)*.75);padding:.75rem 1rem;display:grid;gap:.5rem}
.row{display:flex;align-items:center;justify-content:space-between;gap:1rem;min-block-size:2.75rem}
.row label{cursor:pointer}
.cat>.row label{font-weight:700}
.toggle{display:flex;align-items:center;gap:.75rem}
.always{font-size:.875rem;font-weight:600;color:var(--mut)}
.svc{border-block-start:1px solid var(--ln);padding-block-start:.5rem;display:grid;gap:.25rem}
.svc .row{min-block-size:2.25rem}
.svc .row label{font-weight:600}
summary{cursor:pointer;min-block-size:2rem;display:flex;align-items:center;border-radius:4px;font-size:.9375rem}
summary::marker{content:""}
summary::before{content:"";display:inline-block;inline-size:.5rem;block-size:.5rem;margin-inline-end:.625rem;border-inline-end:2px solid currentColor;border-block-end:2px solid currentColor;transform:rotate(-45deg)}
:dir(rtl) summary::before{transform:rotate(135deg)}
details[open]>summary::before{transform:rotate(45deg)}
details{display:grid;gap:.25rem}
dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.125rem .75rem;font-size:.9375rem}
dt{color:var(--mut)}
dd ul,.sum ul{padding-inline-start:1.25rem}
.sum{display:grid;gap:.75rem}
.sum>div{display:grid;gap:.25rem}
.switch{appearance:none;flex:none;margin:0;inline-size:3rem;block-size:1.75rem;border-radius:1rem;border:2px solid var(--ln);background:var(--so);position:relative;cursor:pointer}
.switch::before{content:"";position:absolute;inset-block-start:.1875rem;inset-inline-start:.1875rem;inline-size:1.125rem;block-size:1.125rem;border-radius:50%;background:var(--ln)}
.switch:checked{background:var(--a);border-color:var(--a)}
.switch:checked::before{inset-inline-start:calc(100% - 1.3125rem);background:var(--at)}
.switch:disabled{cursor:not-allowed;opacity:1}
@media (prefers-reduced-motion:no-preference){.switch::before{transition:inset-inline-start .15s}}
@media (forced-colors:active){.switch:checked::before{background:CanvasText}.choice{border-color:ButtonText}}`;
