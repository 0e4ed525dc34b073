/*
 * The demo's 'what happened' panel, for the person trying the demo. Plain page script,
 * not part of Consentry: it reads window.consentry, document.cookie, the demo server's
 * tracker-stub log and the consent log's records for this browser's consent id.
 */
(function () {
  var panel = document.getElementById('demo-panel');
  if (!panel) return;
  var site = document.body.getAttribute('data-demo-site');
  var TRACKER_COOKIE = /^(_ga|_gid|_gat|_gcl_|_ym)/;

  panel.innerHTML =
    '<h2>Demo: what happened <span class="demo-note">(not part of the site)</span></h2>' +
    '<div class="demo-actions" role="group" aria-label="Decide through the API">' +
    '<button type="button" data-act="accept"><code>acceptAll()</code></button>' +
    '<button type="button" data-act="reject"><code>rejectAll()</code></button>' +
    '<button type="button" data-act="withdraw"><code>withdraw()</code></button>' +
    '<button type="button" data-act="preferences"><code>showPreferences()</code></button>' +
    '</div>' +
    '<p class="demo-note">These call <code>window.consentry</code> directly (layer "api"); the banner\'s buttons do the same.</p>' +
    section('requests', 'Tracker requests attempted on this site, by any browser') +
    section('cookies', 'Tracker cookies and storage') +
    section('consent', 'Stored consent') +
    section('records', 'Consent log: records received for this browser') +
    '<div class="demo-actions">' +
    '<button type="button" data-act="outage" aria-pressed="false">Simulate consent-log outage</button>' +
    '<button type="button" data-act="clear">Clear request log</button>' +
    '</div>';

  function section(name, title) {
    return '<section data-panel="' + name + '"><h3>' + title + ' <span class="demo-count" data-count></span></h3><div class="demo-body"></div></section>';
  }

  function fill(name, count, html) {
    var s = panel.querySelector('[data-panel="' + name + '"]');
    var c = s.querySelector('[data-count]');
    c.textContent = count === null ? '' : '(' + count + ')';
    s.setAttribute('data-value', count === null ? '' : String(count));
    var body = s.querySelector('.demo-body');
    if (body.innerHTML !== html) body.innerHTML = html;
  }

  function esc(text) {
    return String(text).replace(/[&<>"]/g, function (ch) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[ch];
    });
  }

  function time(iso) {
    return new Date(iso).toLocaleTimeString('en-GB');
  }

  function consent() {
    return window.consentry;
  }

  function renderCookies() {
    var cookies = document.cookie ? document.cookie.split('; ') : [];
    var tracker = cookies.filter(function (c) { return TRACKER_COOKIE.test(c); });
    var storage = [];
    try {
      for (var i = 0; i < localStorage.length; i++) if (/^_ym/.test(localStorage.key(i))) storage.push(localStorage.key(i));
    } catch (e) { /* storage blocked */ }
    var items = tracker.map(function (c) { return '<li><code>' + esc(c.split('=')[0]) + '</code> cookie</li>'; })
      .concat(storage.map(function (k) { return '<li><code>' + esc(k) + '</code> localStorage</li>'; }));
    fill('cookies', items.length, items.length ? '<ul>' + items.join('') + '</ul>' : '<p class="demo-ok">None.</p>');
  }

  function renderConsent() {
    var c = consent();
    if (!c) return fill('consent', null, '<p>Consentry has not started.</p>');
    if (!c.ok) return fill('consent', null, '<p class="demo-bad">The config is invalid, so nothing optional runs (see the console).</p>');
    var s = c.state;
    var cats = Object.keys(s.categories).map(function (k) {
      return '<li>' + esc(k) + ': <strong>' + (s.categories[k] ? 'granted' : 'refused') + '</strong></li>';
    });
    var outbox = 0;
    // One localStorage key per waiting record (consentry.outbox.<recordId>).
    try { outbox = Object.keys(localStorage).filter(function (k) { return k.indexOf('consentry.outbox.') === 0; }).length; } catch (e) { outbox = 0; }
    fill('consent', null,
      '<p>Decided: <strong>' + (s.decided ? 'yes' : 'not yet') + '</strong>' +
      (s.updatedAt ? ', ' + time(s.updatedAt) : '') + ' · language ' + esc(c.locale) + '</p>' +
      '<ul>' + cats.join('') + '</ul>' +
      '<p>Consent id: <code>' + esc(s.consentId || '—') + '</code></p>' +
      '<p data-outbox="' + outbox + '">Records waiting to be sent: <strong>' + outbox + '</strong></p>');
  }

  function renderRequests() {
    return fetch('/demo-api/stub-log?site=' + encodeURIComponent(site))
      .then(function (r) { return r.json(); })
      .then(function (body) {
        var items = body.entries.slice(-8).reverse().map(function (e) {
          return '<li>' + time(e.at) + ' <strong>' + esc(e.standsFor) + '</strong> ' + esc(e.kind) + '<br><code>' + esc(e.path.slice(0, 90)) + '</code></li>';
        });
        fill('requests', body.entries.length, items.length ? '<ul>' + items.join('') + '</ul>' : '<p class="demo-ok">None: no tracker was contacted.</p>');
      });
  }

  function renderRecords() {
    var c = consent();
    var id = c && c.ok ? c.state.consentId : null;
    if (!id) return Promise.resolve(fill('records', 0, '<p>No decision yet, so no record.</p>'));
    return fetch('/demo-api/records?consentId=' + encodeURIComponent(id))
      .then(function (r) { return r.json(); })
      .then(function (body) {
        var items = body.records.map(function (r) {
          return '<li>#' + r.record.sequence + ' <strong>' + esc(r.record.action) + '</strong> (' + esc(r.record.layer) + '), received ' + time(r.receivedAt) + '</li>';
        });
        fill('records', body.records.length, items.length ? '<ol>' + items.join('') + '</ol>' : '<p>None received yet.</p>');
      });
  }

  function refresh() {
    renderCookies();
    renderConsent();
    return Promise.all([renderRequests(), renderRecords(), renderOutage()]).catch(function () { /* server gone: keep the last view */ });
  }

  function renderOutage(toggle) {
    var url = '/demo-api/receiver' + (toggle === undefined ? '' : '?available=' + (toggle ? '0' : '1'));
    return fetch(url, { method: toggle === undefined ? 'GET' : 'POST' })
      .then(function (r) { return r.json(); })
      .then(function (body) {
        var button = panel.querySelector('[data-act="outage"]');
        button.setAttribute('aria-pressed', String(!body.available));
        button.textContent = body.available ? 'Simulate consent-log outage' : 'End consent-log outage';
      });
  }

  panel.addEventListener('click', function (event) {
    var button = event.target && event.target.closest && event.target.closest('[data-act]');
    var act = button && button.getAttribute('data-act');
    var c = consent();
    if (!act) return;
    if (act === 'accept' && c) c.acceptAll();
    if (act === 'reject' && c) c.rejectAll();
    if (act === 'withdraw' && c) c.withdraw();
    if (act === 'preferences' && c) c.showPreferences();
    if (act === 'outage') {
      var on = panel.querySelector('[data-act="outage"]').getAttribute('aria-pressed') !== 'true';
      renderOutage(on).then(function () { if (!on && c) return c.flush(); }).then(refresh);
      return;
    }
    if (act === 'clear') fetch('/demo-api/stub-log?site=' + encodeURIComponent(site), { method: 'DELETE' }).then(refresh);
    setTimeout(refresh, 300);
  });

  function watch() {
    var c = consent();
    if (c && c.on) {
      c.on('change', function () { refresh(); });
      c.on('record', function () { setTimeout(refresh, 300); });
    }
  }
  if (consent()) watch();
  else window.addEventListener('consentry:ready', watch);
  // Ready: a first visit's config is read, so its language is known (before, it said English).
  window.addEventListener('consentry:ready', refresh);
  refresh();
  setInterval(refresh, 1500);
})();
