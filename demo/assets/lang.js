/*
 * The demo sites' language switch (site code, not Consentry): `?lang=en` sets <html lang>
 * before consentry.js starts, so the page and its banner speak the same language.
 * Offered languages: <html data-languages="ru en">. Attributes that cannot hold two
 * languages take theirs from `data-title-<lang>`.
 */
(function () {
  var root = document.documentElement;
  var offered = (root.getAttribute('data-languages') || '').split(/\s+/);
  var wanted = new URLSearchParams(location.search).get('lang');
  if (wanted && offered.indexOf(wanted) >= 0) root.setAttribute('lang', wanted);
  var lang = root.getAttribute('lang');
  document.addEventListener('DOMContentLoaded', function () {
    var titled = document.querySelectorAll('[data-title-' + lang + ']');
    for (var i = 0; i < titled.length; i++) titled[i].setAttribute('title', titled[i].getAttribute('data-title-' + lang));
    var links = document.querySelectorAll('.lang-switch a[hreflang]');
    for (var j = 0; j < links.length; j++) if (links[j].getAttribute('hreflang') === lang) links[j].setAttribute('aria-current', 'true');
  });
})();
