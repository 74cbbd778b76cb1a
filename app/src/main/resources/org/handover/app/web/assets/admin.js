(function () {
  'use strict';
  var main = document.querySelector('main');
  function users() {
    return handover.api('GET', '/api/users').then(function (list) {
      var old = document.getElementById('users'); if (old) old.remove();
      var t = handover.table(['name', 'role', 'disabled', 'created'],
        list.map(function (u) { return [u.name, u.role, u.disabled, u.created_at]; }));
      t.id = 'users';
      document.getElementById('users-here').appendChild(t);
    });
  }
  function audit() {
    return Promise.all([handover.api('GET', '/api/audit?limit=1000'), handover.api('GET', '/api/audit/verify')])
      .then(function (r) {
        var v = r[1];
        var where = document.getElementById('audit-here');
        where.textContent = '';
        where.appendChild(handover.el('p', v.intact
          ? 'Chain intact: ' + v.entries + ' entries; last hash ' + v.last_hash
          : 'Chain BROKEN at entry ' + v.broken_at + ': ' + v.reason, v.intact ? '' : 'error'));
        where.appendChild(handover.table(['#', 'at', 'actor', 'action', 'subject', 'details'],
          r[0].entries.map(function (e) { return [e.seq, e.at, e.actor, e.action, e.subject, e.details]; })));
      });
  }
  handover.start(function () {
    var form = document.getElementById('add-user');
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var f = form.elements;
      var msg = document.getElementById('add-message');
      handover.api('POST', '/api/users', { name: f.name.value, role: f.role.value, password: f.password.value })
        .then(function () { msg.textContent = 'added'; return users().then(audit); })
        .catch(function (e) { msg.textContent = e.message; });
    });
    return users().then(audit);
  });
})();
