/* Shuangchuang Compare embeds: resizes <iframe data-shuangchuang-chart> to the height its chart
   reports. A message is obeyed only if it comes from one of those iframes' own windows, from the
   origin the iframe was loaded from, and names the chart the iframe shows. No dependencies. */
(function () {
  var SELECTOR = 'iframe[data-shuangchuang-chart]';
  var originOf = function (iframe) { try { return new URL(iframe.src, location.href).origin; } catch (e) { return ''; } };
  var ping = function (iframe) {
    if (iframe.contentWindow) iframe.contentWindow.postMessage({ type: 'shuangchuang:ping' }, originOf(iframe) || '*');
  };
  // Every copy of the snippet loads this script: listen once, but ask every iframe present each time.
  if (!window.shuangchuangEmbeds) window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'shuangchuang:height' || typeof data.height !== 'number') return;
    var frames = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < frames.length; i++) {
      var iframe = frames[i];
      if (event.source !== iframe.contentWindow) continue;
      if (event.origin !== originOf(iframe) || data.id !== iframe.getAttribute('data-shuangchuang-chart')) return;
      var height = Math.max(50, Math.min(Math.round(data.height), 10000));
      iframe.style.height = height + 'px';
      iframe.setAttribute('height', String(height));
      return;
    }
  });
  window.shuangchuangEmbeds = true;
  var found = document.querySelectorAll(SELECTOR);
  for (var j = 0; j < found.length; j++) {
    if (found[j].getAttribute('data-shuangchuang-ready')) { ping(found[j]); continue; }
    found[j].setAttribute('data-shuangchuang-ready', '1');
    found[j].addEventListener('load', function (e) { ping(e.currentTarget); });
    ping(found[j]);
  }
})();
