/**
 * In-page helpers for the renderer benchmark, kept as plain JavaScript text: functions passed to
 * page.evaluate would carry the TypeScript loader's helpers, which do not exist in the page.
 *
 * __benchArm(): times the next keystroke: window.__benchDone resolves with the ms from its keydown until
 * the first frame painted after the search input's input event (React renders a discrete event
 * synchronously, so that frame shows the updated list).
 * __benchBare(keys): the same search, key by key, as a bare loop over the inbox payload's array.
 */
export const RENDERER_PAGE_SCRIPT = `
window.__benchArm = function () {
  window.__benchDone = new Promise(function (done) {
    var t0 = 0;
    document.addEventListener('keydown', function () { t0 = performance.now(); }, { capture: true, once: true });
    document.addEventListener('input', function () {
      // React commits a discrete input event synchronously; the frame after it shows the new list.
      requestAnimationFrame(function () { setTimeout(function () { done(performance.now() - t0); }, 0); });
    }, { capture: true, once: true });
  });
};
window.__benchQueryMs = async function () {
  var t = performance.now();
  await window.invoiceInbox.invoke('invoices:query', {});
  return performance.now() - t;
};
window.__benchBare = async function (keys) {
  var invoices = (await window.invoiceInbox.invoke('invoices:query', {})).value.invoices;
  var times = [];
  var query = '';
  for (var k = 0; k < keys.length; k++) {
    query = keys[k] === 'Backspace' ? query.slice(0, -1) : query + keys[k];
    var q = query.toLowerCase();
    var t = performance.now();
    var n = 0;
    for (var i = 0; i < invoices.length; i++) {
      var inv = invoices[i];
      var text = ((inv.number || '') + ' ' + (inv.description || '') + ' ' + inv.accountId + ' ' + inv.lineItems.map(function (l) { return l.description; }).join(' ')).toLowerCase();
      if (text.indexOf(q) !== -1) n++;
    }
    times.push(performance.now() - t);
    window.__benchMatches = n;
  }
  return times;
};
`;
