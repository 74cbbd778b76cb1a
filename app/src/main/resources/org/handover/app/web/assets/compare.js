(function () {
  'use strict';
  var main = document.querySelector('main');
  handover.start(function () {
    var form = document.getElementById('compare');
    var bar = document.getElementById('progress');
    var step = document.getElementById('step');
    var out = document.getElementById('result');
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      out.textContent = '';
      var f = form.elements;
      handover.api('POST', '/api/comparisons', {
        as_of: f.as_of.value || null, paths: f.paths.value ? Number(f.paths.value) : null
      }).then(function (job) {
        function poll() {
          handover.api('GET', job.poll).then(function (s) {
            bar.max = s.total; bar.value = s.done; step.textContent = s.step;
            if (s.state === 'done') {
              out.appendChild(handover.el('p', s.result.caveat || '', 'muted'));
              var t = handover.table(
                ['policy', 'title', 'deaths (median)', '80% interval', 'regions transferred (mean)', 'relapses (mean)'],
                s.result.policies.map(function (p) {
                  var d = p.deaths_total;
                  return [p.policy, p.title, Math.round(d.median), Math.round(d.low) + ' - ' + Math.round(d.high),
                    p.regions_transferred_mean, p.relapses_mean];
                }));
              t.id = 'comparison';
              out.appendChild(t);
            } else if (s.state === 'failed') {
              out.appendChild(handover.el('p', s.error, 'error'));
            } else {
              setTimeout(poll, 1000);
            }
          }).catch(function (e) { handover.showError(out, e); });
        }
        poll();
      }).catch(function (e) { handover.showError(out, e); });
    });
  });
})();
