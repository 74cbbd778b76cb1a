(function () {
  'use strict';
  var main = document.querySelector('main');
  var region = new URLSearchParams(window.location.search).get('region') || '';
  function load() {
    var old = document.getElementById('ledger-table');
    if (old) old.remove();
    return handover.api('GET', '/api/decisions' + (region ? '?region=' + encodeURIComponent(region) : ''))
      .then(function (l) {
        var t = handover.table(['id', 'region', 'to stage', 'effective', 'decided by', 'superseded by', 'origin'],
          l.entries.map(function (e) {
            return [e.id, e.region, e.to_stage, e.effective, e.decided_by, e.superseded_by || '', e.origin || ''];
          }));
        t.id = 'ledger-table';
        main.appendChild(t);
      });
  }
  handover.start(function (session) {
    main.appendChild(handover.el('h1', 'Decision ledger' + (region ? ': ' + region : '')));
    if (session.permissions.indexOf('analyse') >= 0) {
      var form = document.getElementById('decide');
      form.classList.remove('hidden');
      form.elements.region.value = region;
      form.addEventListener('submit', function (ev) {
        ev.preventDefault();
        var f = form.elements;
        var msg = document.getElementById('decide-message');
        msg.textContent = '';
        handover.api('POST', '/api/decisions', {
          region: f.region.value, to_stage: f.to_stage.value, effective: f.effective.value,
          decided_by: f.decided_by.value, note: f.note.value || null
        }).then(function (r) { msg.textContent = 'Recorded ' + r.id; return load(); })
          .catch(function (e) { msg.textContent = e.message; });
      });
    }
    return load();
  });
})();
