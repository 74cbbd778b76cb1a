// Draws Vega-Lite specs made by the report's sections, as the report's own script does: compiled
// to Vega, expressions run by vega-interpreter (no eval), no injected styles, no network.
(function () {
  'use strict';
  var options = {
    mode: 'vega', renderer: 'svg', actions: false, ast: true,
    expr: vega.expressionInterpreter, defaultStyle: false,
    tooltip: { theme: 'light', disableDefaultStyle: true }
  };
  window.handoverCharts = {
    errors: [],
    drawn: 0,
    draw: function (specs, config) {
      var state = this;
      return Promise.all(Object.keys(specs).map(function (id) {
        var el = document.getElementById(id);
        if (!el) { state.errors.push(id + ': no element'); return null; }
        var vg = vegaLite.compile(specs[id], { config: config }).spec;
        return vegaEmbed(el, vg, options).then(function () { state.drawn++; })
          .catch(function (e) { state.errors.push(id + ': ' + e); el.textContent = 'This chart could not be drawn: ' + e; });
      }));
    }
  };
})();
