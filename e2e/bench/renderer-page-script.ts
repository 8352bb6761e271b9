/**
 * In-page probes for the renderer benchmark, kept as plain JavaScript text: functions passed to
 * page.evaluate would carry the TypeScript loader's helpers, which do not exist in the page. "Painted"
 * is the frame after the DOM shows the state: a requestAnimationFrame callback (before that frame's
 * paint), then a task (after it).
 */

/**
 * Installed before the page's own scripts:
 * - `window.__benchFirstRows` resolves with the ms from navigation start to the first real row painted;
 * - `window.__benchQuiet(ms)` resolves once no command has been in flight to the host for `ms` (the
 *   page's start-up work, such as its background sync and the reload after it, is over).
 */
export const PAGE_INIT_SCRIPT = `
window.__benchFirstRows = new Promise(function (resolve) {
  var seen = false;
  var observer = new MutationObserver(check);
  function check() {
    if (seen || !document.querySelector('#invoice-grid [role="row"][aria-rowindex="2"]:not([aria-busy])')) return;
    seen = true;
    observer.disconnect();
    requestAnimationFrame(function () { setTimeout(function () { resolve(performance.now()); }, 0); });
  }
  observer.observe(document, { childList: true, subtree: true });
});
(function () {
  var inFlight = 0;
  var lastActivity = performance.now();
  var pageFetch = window.fetch;
  window.fetch = function (input, init) {
    var url = typeof input === 'string' ? input : input.url;
    if (url.indexOf('/api/invoke/') < 0) return pageFetch.call(window, input, init);
    inFlight++;
    lastActivity = performance.now();
    return pageFetch.call(window, input, init).finally(function () {
      inFlight--;
      lastActivity = performance.now();
    });
  };
  window.__benchQuiet = function (ms) {
    return new Promise(function (resolve) {
      (function poll() {
        if (inFlight === 0 && performance.now() - lastActivity >= ms) resolve(true);
        else setTimeout(poll, 50);
      })();
    });
  };
})();
`;

/**
 * \`window.__benchArm()\` times the next keystroke in the search box: \`window.__benchDone\` resolves with
 * the ms from its keydown until the frame painted after the grid shows the result for the text typed
 * (its data-search equals the input's new value, with real rows in it).
 */
export const KEYSTROKE_SCRIPT = `
window.__benchArm = function () {
  var input = document.getElementById('inbox-search');
  window.__benchDone = new Promise(function (resolve, reject) {
    var t0 = 0;
    var expected = null;
    var settled = false;
    var observer = new MutationObserver(check);
    var timer = setTimeout(function () {
      observer.disconnect();
      reject(new Error('the list did not show the result for "' + expected + '" within 30 s'));
    }, 30000);
    function check() {
      if (settled || expected === null) return;
      var grid = document.getElementById('invoice-grid');
      if (!grid || grid.getAttribute('data-search') !== expected) return;
      if (!grid.querySelector('[role="row"][aria-rowindex="2"]:not([aria-busy])')) return;
      settled = true;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(function () { setTimeout(function () { resolve(performance.now() - t0); }, 0); });
    }
    document.addEventListener('keydown', function () { t0 = performance.now(); }, { capture: true, once: true });
    input.addEventListener('input', function () { expected = input.value; check(); }, { capture: true, once: true });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-search', 'aria-busy'] });
  });
};
`;
