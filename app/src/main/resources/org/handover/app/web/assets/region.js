(function () {
  'use strict';
  var main = document.querySelector('main');
  var name = decodeURIComponent(window.location.pathname.split('/').pop());
  var asOf = new URLSearchParams(window.location.search).get('as_of') || '';
  function chartSection(id, title) {
    var s = handover.el('section');
    s.id = id;
    s.appendChild(handover.el('h2', title));
    main.appendChild(s);
    return s;
  }
  // HTML made by the report's sections on the server, escaped as in the report; then their charts
  function show(into, charts) {
    Object.keys(charts.sections).forEach(function (id) {
      var body = handover.el('div');
      body.innerHTML = charts.sections[id].html;
      into.appendChild(body);
    });
    return handoverCharts.draw(charts.specs, charts.config);
  }
  function failed(into, e) {
    handoverCharts.errors.push(into.id + ': ' + e);
    handover.showError(into, e);
  }
  handover.start(function (session) {
    var q = asOf ? '?as_of=' + encodeURIComponent(asOf) : '';
    return handover.api('GET', '/api/regions/' + encodeURIComponent(name) + q).then(function (page) {
      var reg = page.assessment.regions[0];
      main.appendChild(handover.el('h1', page.region + ' as of ' + page.as_of));
      main.appendChild(handover.el('p', reg.explanation || ''));
      main.appendChild(handover.el('p', 'Conditions met: ' + reg.conditions_met.stage));
      main.appendChild(handover.el('p', 'Recommendation: ' + reg.recommendation.description));
      main.appendChild(handover.el('p', 'Status: ' + reg.status.description));
      main.appendChild(handover.el('h2', 'Conditions'));
      main.appendChild(handover.table(['condition', 'status', 'rule', 'explanation'],
        reg.conditions.map(function (c) { return [c.name || c.condition, c.status, c.rule, c.explanation]; })));
      // the report's own section for this region: its small multiples, verdicts and values by month
      var bench = chartSection('benchmarks', 'Benchmarks');
      var aq = '?as_of=' + encodeURIComponent(page.as_of);
      var css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = '/charts/region.css' + aq;
      document.head.appendChild(css);
      var drawn = handover.api('GET', '/api/charts/regions/' + encodeURIComponent(page.region) + aq)
        .then(function (charts) { return show(bench, charts); })
        .catch(function (e) { failed(bench, e); });
      main.appendChild(handover.el('h2', 'History'));
      main.appendChild(handover.table(['month', 'conditions met', 'recommendation', 'status', 'change'],
        page.history.regions[0].months.map(function (h) {
          return [h.month, h.conditions_met.stage, h.recommendation.label,
            h.status.decided ? h.status.stage : 'not decided', h.change || ''];
        })));
      main.appendChild(handover.el('h2', 'Decisions'));
      main.appendChild(handover.table(['id', 'to stage', 'effective', 'decided by'],
        page.decisions.entries.map(function (e) { return [e.id, e.to_stage, e.effective, e.decided_by]; })));
      var fc = chartSection('forecast', 'Forecast and outlook (computed on first view of a month)');
      var forecastDrawn = handover.api('GET', '/api/charts/regions/' + encodeURIComponent(page.region) + '/forecast' + aq)
        .then(function (charts) { return show(fc, charts); })
        .catch(function (e) { failed(fc, e); });
      window.handoverRegionCharts = Promise.all([drawn, forecastDrawn]).then(function () {
        document.documentElement.setAttribute('data-region-charts', 'drawn');
      });
      if (session.permissions.indexOf('analyse') >= 0) {
        var link = handover.el('a', 'Record a decision for ' + page.region);
        link.id = 'record-decision';
        link.href = '/ledger?region=' + encodeURIComponent(page.region);
        main.appendChild(link);
      }
    });
  });
})();
