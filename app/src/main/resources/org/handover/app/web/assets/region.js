(function () {
  'use strict';
  var main = document.querySelector('main');
  var name = decodeURIComponent(window.location.pathname.split('/').pop());
  var asOf = new URLSearchParams(window.location.search).get('as_of') || '';
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
      main.appendChild(handover.el('h2', 'Benchmarks'));
      var rows = [];
      reg.conditions.forEach(function (c) {
        (c.benchmarks || []).forEach(function (b) {
          rows.push([c.condition, b.benchmark || b.name, b.value, b.threshold, b.status, b.explanation]);
        });
      });
      main.appendChild(handover.table(['condition', 'benchmark', 'value', 'threshold', 'status', 'explanation'], rows));
      main.appendChild(handover.el('h2', 'History'));
      main.appendChild(handover.table(['month', 'conditions met', 'recommendation', 'status', 'change'],
        page.history.regions[0].months.map(function (h) {
          return [h.month, h.conditions_met.stage, h.recommendation.label,
            h.status.decided ? h.status.stage : 'not decided', h.change || ''];
        })));
      main.appendChild(handover.el('h2', 'Decisions'));
      main.appendChild(handover.table(['id', 'to stage', 'effective', 'decided by'],
        page.decisions.entries.map(function (e) { return [e.id, e.to_stage, e.effective, e.decided_by]; })));
      var fc = handover.el('section');
      fc.id = 'forecast';
      fc.appendChild(handover.el('h2', 'Forecast and outlook (computed on first view of a month)'));
      main.appendChild(fc);
      var aq = '?as_of=' + encodeURIComponent(page.as_of);
      handover.api('GET', '/api/regions/' + encodeURIComponent(page.region) + '/forecast' + aq).then(function (f) {
        fc.appendChild(handover.el('p', 'Monthly ' + f.variable + ': 10%, 50% and 90% quantiles of ' + f.paths + ' paths (seed ' + f.seed + ')'));
        fc.appendChild(handover.table(['month', 'q10', 'median', 'q90'],
          f.regions[0].months.map(function (m) { return [m.month, m.q10, m.q50, m.q90]; })));
        return handover.api('GET', '/api/outlook' + aq);
      }).then(function (o) {
        var mine = o.regions.filter(function (r) { return r.region === page.region; })[0];
        if (!mine) return;
        fc.appendChild(handover.el('p', 'Chance of meeting every condition of ' + (mine.next_stage || 'no further stage') + ' by each month'));
        fc.appendChild(handover.table(['month', 'ready by', 'met in'],
          mine.months.map(function (m) { return [m.month, m.p_ready_by, m.p_met_in]; })));
      }).catch(function (e) { handover.showError(fc, e); });
      if (session.permissions.indexOf('analyse') >= 0) {
        var link = handover.el('a', 'Record a decision for ' + page.region);
        link.id = 'record-decision';
        link.href = '/ledger?region=' + encodeURIComponent(page.region);
        main.appendChild(link);
      }
    });
  });
})();
