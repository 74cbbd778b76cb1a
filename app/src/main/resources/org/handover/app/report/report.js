// Draws every chart of the page with Vega. Specs, data and theme are inline JSON; no network.
// Charts are drawn one after another in page order, so the top of the page appears first.
// Specs that differ only in their named datasets (one per region, say) are compiled from
// Vega-Lite to Vega once. window.handoverReport exposes the views, any errors and, once every
// chart has settled, the time it took (the browser test reads these).
(function () {
  'use strict';
  var specs = JSON.parse(document.getElementById('handover-specs').textContent);
  var config = JSON.parse(document.getElementById('handover-vega-config').textContent);
  var state = window.handoverReport = { views: {}, errors: [], rendered: null, started: performance.now() };
  var options = {
    mode: 'vega',
    renderer: 'svg',
    actions: false, // the actions menu links to the online Vega editor
    tooltip: { theme: 'light' }
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

  Object.keys(specs).reduce(function (previous, id) {
    return previous.then(function () { return draw(id); });
  }, Promise.resolve()).then(function () {
    var ids = Object.keys(specs);
    state.rendered = { ms: performance.now(), charts: ids.length, failed: state.errors.length };
    document.documentElement.setAttribute('data-charts-rendered', String(ids.length - state.errors.length));
  });
})();
