// Draws every chart of the page with Vega. Specs, data and theme are inline JSON; no network.
//
// Charts are drawn one at a time, yielding to the browser between them, so the page paints and
// responds while the rest are drawn; charts near the viewport go first (a long page can have
// hundreds of small multiples). Specs that differ only in their named datasets (one per region,
// say) are compiled from Vega-Lite to Vega once.
//
// window.handoverReport exposes the views, any errors, when each chart was drawn and, once every
// chart has settled, the total time (the browser test reads these).
(function () {
  'use strict';
  var specs = JSON.parse(document.getElementById('handover-specs').textContent);
  var config = JSON.parse(document.getElementById('handover-vega-config').textContent);
  var ids = Object.keys(specs);
  var state = window.handoverReport = {
    views: {}, errors: [], drawnAt: {}, firstScreen: null, rendered: null, started: performance.now()
  };
  var options = {
    mode: 'vega',
    renderer: 'svg',
    actions: false, // the actions menu links to the online Vega editor
    // Expressions run in vega-interpreter rather than as generated functions, so the page's
    // Content-Security-Policy can forbid eval.
    ast: true,
    expr: vega.expressionInterpreter,
    // vega-embed and vega-tooltip would inject style elements, which the CSP forbids: their rules
    // are in the page's stylesheet instead
    defaultStyle: false,
    tooltip: { theme: 'light', disableDefaultStyle: true }
  };
  var compiled = {};

  function toVega(spec) {
    var datasets = spec.datasets || {};
    var shape = Object.assign({}, spec);
    delete shape.datasets;
    var key = JSON.stringify(shape);
    if (!compiled[key]) {
      compiled[key] = vegaLite.compile(shape, { config: config }).spec;
    }
    var vg = Object.assign({}, compiled[key]);
    vg.data = vg.data.map(function (d) {
      return datasets[d.name] ? Object.assign({}, d, { values: datasets[d.name] }) : d;
    });
    return vg;
  }

  function fail(id, el, err) {
    state.errors.push(id + ': ' + err);
    console.error('chart ' + id + ' failed', err);
    if (el) {
      el.classList.add('chart-failed');
      el.textContent = 'This chart could not be drawn (' + (err && err.message) + '). The table beside it has the same numbers.';
    }
  }

  function draw(id) {
    var el = document.getElementById(id);
    if (!el) {
      fail(id, null, new Error('no element to draw into'));
      return Promise.resolve();
    }
    try {
      return vegaEmbed(el, toVega(specs[id]), options).then(function (result) {
        state.views[id] = result.view;
      }, function (err) { fail(id, el, err); });
    } catch (err) {
      fail(id, el, err);
      return Promise.resolve();
    }
  }

  // Which charts are on or near the screen right now. Drawing starts once the observer has first
  // reported, so that the first screen is known.
  var near = {};
  var begun = false;
  function begin() {
    if (!begun) { begun = true; next(); }
  }
  var observer = 'IntersectionObserver' in window ? new IntersectionObserver(function (entries) {
    entries.forEach(function (e) { near[e.target.id] = e.isIntersecting; });
    begin();
  }, { rootMargin: '600px 0px' }) : null;
  ids.forEach(function (id) {
    var el = document.getElementById(id);
    if (el && observer) { observer.observe(el); }
  });

  var queue = ids.slice();
  function next() {
    if (!queue.length) {
      if (observer) { observer.disconnect(); }
      state.rendered = { ms: performance.now(), charts: ids.length, failed: state.errors.length };
      document.documentElement.setAttribute('data-charts-rendered', String(ids.length - state.errors.length));
      return;
    }
    var i = -1;
    for (var k = 0; k < queue.length && i < 0; k++) {
      if (near[queue[k]]) { i = k; }
    }
    if (i < 0 && state.firstScreen === null) {
      state.firstScreen = performance.now(); // nothing left on or near the screen
    }
    var id = queue.splice(i < 0 ? 0 : i, 1)[0];
    draw(id).then(function () {
      state.drawnAt[id] = performance.now();
      setTimeout(next, 0);
    });
  }
  if (!observer || !ids.length) { setTimeout(begin, 0); }
})();
