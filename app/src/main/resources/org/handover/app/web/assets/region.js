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
      if (session.permissions.indexOf('analyse') >= 0) {
        var link = handover.el('a', 'Record a decision for ' + page.region);
        link.id = 'record-decision';
        link.href = '/ledger?region=' + encodeURIComponent(page.region);
        main.appendChild(link);
      }
    });
  });
})();
