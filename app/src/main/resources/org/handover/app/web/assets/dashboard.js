(function () {
  'use strict';
  var main = document.querySelector('main');
  handover.start(function () {
    var params = new URLSearchParams(window.location.search);
    var asOf = params.get('as_of') || '';
    var q = asOf ? '?as_of=' + encodeURIComponent(asOf) : '';
    var css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = '/charts/dashboard.css' + q;
    document.head.appendChild(css);
    return Promise.all([
      handover.api('GET', '/api/theater'),
      handover.api('GET', '/api/assessment' + q),
      handover.api('GET', '/api/charts/dashboard' + q)
    ]).then(function (r) {
      var theater = r[0], assessment = r[1], charts = r[2];
      main.appendChild(handover.el('h1', theater.theater + ': as of ' + assessment.as_of));
      var pick = handover.el('form');
      pick.id = 'as-of-form';
      var input = handover.el('input');
      input.type = 'month'; input.name = 'as_of'; input.value = assessment.as_of;
      input.min = theater.months.first; input.max = theater.months.last;
      pick.appendChild(handover.el('label', 'As of '));
      pick.appendChild(input);
      pick.appendChild(handover.el('button', 'Show'));
      main.appendChild(pick);
      var rows = assessment.regions.map(function (reg) {
        var a = handover.el('a', reg.region);
        a.href = '/regions/' + encodeURIComponent(reg.region) + '?as_of=' + assessment.as_of;
        return [a, reg.conditions_met ? reg.conditions_met.stage : '',
          reg.recommendation ? reg.recommendation.label : '',
          reg.status && reg.status.decided ? reg.status.stage : 'not decided'];
      });
      main.appendChild(handover.table(['region', 'conditions met', 'recommendation', 'status'], rows));
      Object.keys(charts.sections).forEach(function (id) {
        var sec = charts.sections[id];
        var s = handover.el('section');
        s.id = 'section-' + id;
        s.appendChild(handover.el('h2', sec.title));
        var body = handover.el('div');
        // HTML made by the report's sections on the server, escaped as in the report
        body.innerHTML = sec.html;
        s.appendChild(body);
        main.appendChild(s);
      });
      return handoverCharts.draw(charts.specs, charts.config);
    });
  });
})();
