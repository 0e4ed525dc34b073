/*
 * Demo stand-in for Google's gtag.js (served at /stubs/googletagmanager/gtag/js?id=G-…).
 * It reads window.dataLayer as gtag.js does, keeps the Consent Mode state
 * ('consent', 'default' | 'update'), sets _ga / _ga_<id> cookies only while
 * analytics_storage is granted, and sends each hit to the demo server with the
 * gcs consent signal (G1<ad><analytics>), which logs it. Nothing here reaches Google.
 */
(function () {
  var dataLayer = (window.dataLayer = window.dataLayer || []);
  if (dataLayer.stub) return;
  // Without any consent command Google tags behave as granted; a consent default changes that.
  var consent = { ad_storage: 'granted', analytics_storage: 'granted' };
  var configs = {};

  function granted(key) {
    return consent[key] === 'granted';
  }

  function setCookie(name, value) {
    document.cookie = name + '=' + value + '; path=/; max-age=' + 400 * 86400 + '; SameSite=Lax';
  }

  function clientId() {
    var existing = (/(?:^|; )_ga=GA1\.1\.([\d.]+)/.exec(document.cookie) || [])[1];
    return existing || Math.floor(Math.random() * 2147483647) + '.' + Math.floor(Date.now() / 1000);
  }

  function hit(measurementId, eventName) {
    var params = { v: '2', tid: measurementId, en: eventName, gcs: 'G1' + (granted('ad_storage') ? '1' : '0') + (granted('analytics_storage') ? '1' : '0'), dl: location.href };
    if (granted('analytics_storage')) {
      var cid = clientId();
      var now = Math.floor(Date.now() / 1000);
      setCookie('_ga', 'GA1.1.' + cid);
      setCookie('_ga_' + measurementId.replace(/^G-/, ''), 'GS1.1.' + now + '.1.0.' + now + '.0.0.0');
      params.cid = cid;
    }
    var query = Object.keys(params)
      .map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(params[k]); })
      .join('&');
    fetch('/stubs/google-analytics/g/collect?' + query, { method: 'POST', keepalive: true, credentials: 'include' }).catch(function () {});
  }

  function process(entry) {
    // gtag() pushes `arguments` objects; GTM-style events push plain objects (ignored here).
    if (!entry || typeof entry !== 'object' || typeof entry.length !== 'number') return;
    var command = entry[0];
    if (command === 'consent' && entry[2] && typeof entry[2] === 'object') {
      var wasGranted = granted('analytics_storage');
      for (var key in entry[2]) if (key !== 'wait_for_update' && key !== 'region') consent[key] = entry[2][key];
      if (entry[1] === 'update' && !wasGranted && granted('analytics_storage')) {
        for (var id in configs) hit(id, 'user_engagement');
      }
    } else if (command === 'config' && typeof entry[1] === 'string') {
      configs[entry[1]] = entry[2] || {};
      if (!(entry[2] && entry[2].send_page_view === false)) hit(entry[1], 'page_view');
    } else if (command === 'event' && typeof entry[1] === 'string') {
      for (var target in configs) hit(target, entry[1]);
    }
  }

  for (var i = 0; i < dataLayer.length; i++) process(dataLayer[i]);
  var push = dataLayer.push;
  dataLayer.push = function () {
    var result = push.apply(dataLayer, arguments);
    for (var j = 0; j < arguments.length; j++) process(arguments[j]);
    return result;
  };
  dataLayer.stub = 'consentry-demo';
})();
