/*
 * Demo stand-in for Yandex Metrica's tag.js (served at /stubs/mc.yandex.ru/metrika/tag.js).
 * It does what matters for consent: reads the `ym` queue, honours
 * window['disableYaCounter' + id] (Metrica's documented opt-out), sets _ym_* cookies and
 * localStorage keys, and sends every hit to the demo server, which logs it.
 * Nothing here reaches Yandex.
 */
(function () {
  var queued = (window.ym && window.ym.a) || [];
  var counters = {};

  function disabled(id) {
    return window['disableYaCounter' + id] === true;
  }

  function setCookie(name, value, days) {
    document.cookie = name + '=' + value + '; path=/; max-age=' + days * 86400 + '; SameSite=Lax';
  }

  function identify() {
    var uid = (/(?:^|; )_ym_uid=(\d+)/.exec(document.cookie) || [])[1];
    if (!uid) uid = String(Math.floor(Date.now() / 1000)) + String(Math.floor(Math.random() * 1e9));
    setCookie('_ym_uid', uid, 365);
    setCookie('_ym_d', String(Math.floor(Date.now() / 1000)), 365);
    setCookie('_ym_isad', '2', 1);
    try {
      localStorage.setItem('_ym_uid', JSON.stringify(uid));
      localStorage.setItem('_ym_synced', JSON.stringify({ SYNCED: 1, t: Date.now() }));
    } catch (e) {
      /* storage blocked: Metrica carries on with cookies */
    }
    return uid;
  }

  function send(path, params) {
    var query = Object.keys(params)
      .map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(params[k]); })
      .join('&');
    fetch('/stubs/mc.yandex.ru/' + path + '?' + query, { method: 'POST', keepalive: true, credentials: 'include' }).catch(function () {});
  }

  function run(args) {
    var id = args[0];
    var method = args[1];
    if (disabled(id)) return;
    if (method === 'init') {
      var options = args[2] || {};
      counters[id] = options;
      var uid = identify();
      send('watch/' + id, { 'page-url': location.href, uid: uid, 'browser-info': 'demo-stub' });
      if (options.webvisor) send('webvisor/' + id, { uid: uid });
      return;
    }
    if (!counters[id]) return;
    if (method === 'hit') send('watch/' + id, { 'page-url': String(args[2] || location.href) });
    if (method === 'reachGoal') send('watch/' + id, { goal: String(args[2]) });
    if (method === 'params' || method === 'userParams') send('watch/' + id, { params: JSON.stringify(args[2] || {}) });
  }

  window.ym = function () {
    run(arguments);
  };
  window.ym.a = [];
  window.ym.l = Date.now();
  window.ym.stub = 'consentry-demo';
  for (var i = 0; i < queued.length; i++) run(queued[i]);
})();
