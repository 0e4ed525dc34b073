/**
 * Stand-ins for the real tracker scripts, served by `routeTrackers()` (no test ever reaches
 * Google or Yandex). They behave enough like the real ones to catch a leak: they read the
 * same globals, honour Consent Mode and Metrica's disable flag, set the same cookies on the
 * registrable domain and localStorage keys, and send hits to the real hosts (also routed and counted).
 * What they saw is kept in `window.__ymStub`, `window.__gtagStub`, `window.__gtmStub`.
 */

/** Shared by the stubs: the registrable domain the way trackers guess it (fine for *.shop.test). */
const COMMON = `
  var w = window;
  function isArgs(x) { return Object.prototype.toString.call(x) === '[object Arguments]'; }
  function dom() { var p = location.hostname.split('.'); return p.length > 1 && !/^[0-9.]+$/.test(location.hostname) ? '; domain=' + p.slice(-2).join('.') : ''; }
  function cookie(name, value, seconds) { document.cookie = name + '=' + value + '; path=/; max-age=' + seconds + dom(); }
  function hit(url) { new Image().src = url + (url.indexOf('?') < 0 ? '?' : '&') + 'z=' + Math.random().toString(36).slice(2); }
  function hook(dl, run) {
    for (var i = 0; i < dl.length; i++) run(dl[i]);
    var push = dl.push;
    dl.push = function () { var r = push.apply(dl, arguments); for (var j = 0; j < arguments.length; j++) run(arguments[j]); return r; };
  }
`;

/** Yandex Metrica tag.js: takes over `ym.a`, and counts nothing while `disableYaCounter<id>` is set. */
export const YANDEX_TAG_JS = `(function () {${COMMON}
  var queue = (w.ym && w.ym.a) || [];
  var stub = (w.__ymStub = w.__ymStub || { inits: [], hits: [] });
  function send(id, url) { if (w['disableYaCounter' + id]) return; stub.hits.push(url); hit(url); }
  function init(id, opts) {
    stub.inits.push({ id: id, opts: opts });
    if (w['disableYaCounter' + id]) return;
    var uid = String(Date.now()) + String(Math.floor(Math.random() * 1e6));
    cookie('_ym_uid', uid, 31536000);
    cookie('_ym_d', String(Math.floor(Date.now() / 1000)), 31536000);
    cookie('_ym_isad', '2', 72000);
    try { localStorage.setItem('_ym_uid', JSON.stringify(uid)); localStorage.setItem('_ym_retryReqs', '{}'); sessionStorage.setItem('_ym_hostIndex', '0'); } catch (e) {}
    send(id, 'https://mc.yandex.ru/watch/' + id + '?page-url=' + encodeURIComponent(location.href));
    if (opts && opts.webvisor) { cookie('_ym_visorc', 'w', 1800); send(id, 'https://mc.webvisor.org/webvisor/' + id); }
  }
  function ym(id, method, arg) {
    if (method === 'init') init(id, arg || {});
    else if (method === 'hit' || method === 'reachGoal') send(id, 'https://mc.yandex.ru/watch/' + id + '?' + method);
  }
  ym.a = []; ym.l = Date.now();
  w.ym = ym;
  for (var i = 0; i < queue.length; i++) ym.apply(null, Array.prototype.slice.call(queue[i]));
})();`;

/** gtag.js: runs the Arguments commands in dataLayer in order, then every later push. */
export const GTAG_JS = `(function () {${COMMON}
  var dl = (w.dataLayer = w.dataLayer || []);
  var stub = (w.__gtagStub = w.__gtagStub || { commands: [], hits: [] });
  var consent = {}, configured = [];
  function collect(id) {
    var analytics = consent.analytics_storage === 'granted';
    if (analytics) {
      cookie('_ga', 'GA1.1.' + Math.floor(Math.random() * 1e9) + '.' + Math.floor(Date.now() / 1000), 63072000);
      cookie('_ga_' + id.replace(/^G-/, ''), 'GS1.1.' + Math.floor(Date.now() / 1000), 63072000);
    }
    var gcs = 'G1' + (consent.ad_storage === 'granted' ? '1' : '0') + (analytics ? '1' : '0');
    var url = 'https://region1.google-analytics.com/g/collect?v=2&tid=' + id + '&gcs=' + gcs;
    stub.hits.push(url); hit(url);
  }
  function run(a) {
    if (!isArgs(a)) return; // gtag.js ignores plain objects and arrays
    stub.commands.push(a[0] === 'consent' ? 'consent:' + a[1] : String(a[0]));
    if (a[0] === 'consent') {
      var was = consent.analytics_storage;
      for (var k in a[2]) consent[k] = a[2][k];
      if (was !== 'granted' && consent.analytics_storage === 'granted') configured.forEach(collect);
    } else if (a[0] === 'config') { configured.push(a[1]); collect(a[1]); }
  }
  hook(dl, run);
})();`;

/** gtm.js: a container whose one tag is a Google Ads conversion linker, fired only with ad_storage granted. */
export const GTM_JS = `(function () {${COMMON}
  var dl = (w.dataLayer = w.dataLayer || []);
  var stub = (w.__gtmStub = w.__gtmStub || { events: [], hits: [] });
  var consent = {};
  function run(a) {
    if (isArgs(a)) { if (a[0] === 'consent') for (var k in a[2]) consent[k] = a[2][k]; return; }
    if (!a || !a.event) return;
    stub.events.push(a.event);
    if (a.event === 'gtm.js' && consent.ad_storage === 'granted') {
      cookie('_gcl_au', '1.1.' + Math.floor(Math.random() * 1e9), 7776000);
      var url = 'https://googleads.g.doubleclick.net/pagead/viewthroughconversion/1/';
      stub.hits.push(url); hit(url);
    }
  }
  hook(dl, run);
})();`;
