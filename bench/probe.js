// Runs in every benchmark page before any of its own scripts (Playwright init script), so it
// sees everything from navigation start. performance.now() counts from navigation start.
// Plain browser JS (not TypeScript): it is injected as text. Config: window.__benchConfig.
(function () {
  var config = window.__benchConfig || {};
  var bench = (window.__bench = { bannerAt: null, longTasks: [], cls: 0, clickAt: null, roots: [] });
  var waiters = { banner: [], gated: [] };
  function settle(kind) {
    waiters[kind].splice(0).forEach(function (resolve) {
      resolve(true);
    });
  }
  // The harness awaits these instead of polling, so waiting adds no script time to the page.
  function waitFor(kind, done, timeoutMs) {
    return new Promise(function (resolve) {
      if (done()) return resolve(true);
      waiters[kind].push(resolve);
      setTimeout(function () {
        resolve(done());
      }, timeoutMs);
    });
  }
  bench.waitBanner = function (timeoutMs) {
    return waitFor('banner', function () { return bench.bannerAt !== null; }, timeoutMs);
  };
  bench.waitGated = function (timeoutMs) {
    return waitFor('gated', function () { return gatedRanAt !== undefined; }, timeoutMs);
  };
  // The gated test script sets window.__gatedRanAt: a setter tells us at once.
  var gatedRanAt;
  Object.defineProperty(window, '__gatedRanAt', {
    configurable: true,
    get: function () { return gatedRanAt; },
    set: function (value) {
      gatedRanAt = value;
      settle('gated');
    },
  });

  // Widgets live in Shadow DOM, possibly closed: keep every shadow root so the banner and
  // its buttons are found (and watched) wherever they are.
  var attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    var root = attachShadow.call(this, init);
    bench.roots.push(root);
    if (observer) observer.observe(root, WATCH);
    return root;
  };

  function deepQuery(selector) {
    var found = document.querySelector(selector);
    for (var i = 0; !found && i < bench.roots.length; i++) found = bench.roots[i].querySelector(selector);
    return found;
  }
  window.__benchQuery = deepQuery;

  function visible(element) {
    var box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
    return element.checkVisibility ? element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) : true;
  }

  // Banner painted: the first animation frame in which its root element is in the page,
  // has a size and is not transparent or hidden (fade-ins count from their first visible frame).
  var WATCH = { childList: true, subtree: true, attributes: true };
  var observer = null;
  var pending = false;
  var deadline = 0;
  function check() {
    pending = false;
    if (bench.bannerAt !== null) return;
    var element = deepQuery(config.banner);
    if (element && visible(element)) {
      bench.bannerAt = performance.now();
      observer.disconnect();
      settle('banner');
      return;
    }
    // Present but not yet visible (a transition, a class set later): look again next frame.
    if (element && performance.now() < deadline) schedule();
  }
  function schedule() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(check);
  }
  if (config.banner) {
    observer = new MutationObserver(function () {
      deadline = performance.now() + 10000;
      schedule();
    });
    observer.observe(document, WATCH);
  }

  function observe(type, onEntry) {
    try {
      new PerformanceObserver(function (list) {
        list.getEntries().forEach(onEntry);
      }).observe({ type: type, buffered: true });
    } catch (error) {
      bench.unsupported = (bench.unsupported || []).concat(type);
    }
  }
  observe('longtask', function (entry) {
    bench.longTasks.push(entry.duration);
  });
  // The click on Accept, as Interaction to Next Paint sees it: the longest Event Timing entry of
  // an interaction (pointerdown, pointerup, click: from the input to the frame painted after its
  // handlers). Chromium reports none under 16 ms: `acceptPaint` stays null, the harness says 16.
  bench.acceptPaint = null;
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (entry) {
        if (entry.interactionId) bench.acceptPaint = Math.max(bench.acceptPaint || 0, entry.duration);
      });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch (error) {
    bench.unsupported = (bench.unsupported || []).concat('event');
  }
  // Cumulative Layout Shift: shifts right after input do not count (the CLS definition).
  observe('layout-shift', function (entry) {
    if (!entry.hadRecentInput) bench.cls += entry.value;
  });

  // The click on Accept, in the capture phase of window: before the library's own handler.
  addEventListener(
    'click',
    function (event) {
      if (bench.clickAt === null) bench.clickAt = event.timeStamp;
    },
    true,
  );
})();
