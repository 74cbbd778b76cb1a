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
      main.appendChild(handover.table(['condition', 'met', 'explanation'],
        (reg.conditions || []).map(function (c) { return [c.id || c.name, c.met, c.explanation]; })));
      main.appendChild(handover.el('h2', 'Benchmarks'));
      main.appendChild(handover.table(['benchmark', 'value', 'threshold', 'status', 'explanation'],
        (reg.benchmarks || []).map(function (b) { return [b.id || b.name, b.value, b.threshold, b.status, b.explanation]; })));
      main.appendChild(handover.el('h2', 'History'));
      main.appendChild(handover.table(['month', 'conditions met', 'recommendation', 'status', 'change'],
        page.history.rows.map(function (h) {
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
