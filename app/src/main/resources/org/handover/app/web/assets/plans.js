// The plans page: the theater's plans; a version with its status, transitions and signatures;
// proposing (analysts) and signing (a signatory, for the party of their role).
(function () {
  'use strict';
  var main = document.querySelector('main');
  var params = new URLSearchParams(window.location.search);
  var chosen = params.get('plan');
  var session = null;

  function can(p) { return session.permissions.indexOf(p) >= 0; }

  function planUrl(name) { return '/api/plans/' + encodeURIComponent(name); }

  function showVersion(box, name, version) {
    box.textContent = '';
    return handover.api('GET', planUrl(name) + (version ? '?version=' + version : ''))
      .then(function (p) {
        box.appendChild(handover.el('h2', 'Plan ' + p.plan + ', version ' + p.version + ' of ' + p.versions));
        var status = handover.el('p', 'Status: ' + p.status + (p.current ? '' : ' (not the current version)'));
        status.id = 'plan-status';
        box.appendChild(status);
        box.appendChild(handover.el('p', p.description));
        box.appendChild(handover.el('p', 'SHA-256 ' + p.sha256 + '; saved by ' + p.created_by + ' at ' + p.created_at));
        box.appendChild(handover.el('p', 'In force: ' + (p.in_force_version === null ? 'none' : 'version ' + p.in_force_version)));
        box.appendChild(handover.el('h3', 'Signatures'));
        var sigs = handover.table(['party', 'signatory', 'signed at', 'sha256', 'valid'],
          p.signatures.map(function (s) { return [s.party, s.signatory, s.signed_at, s.sha256, s.valid ? 'yes' : 'no']; }));
        sigs.id = 'plan-signatures';
        box.appendChild(sigs);
        box.appendChild(handover.el('h3', 'Transitions'));
        box.appendChild(handover.table(['region', 'from stage', 'to stage', 'month', 'tranche'],
          p.transitions.map(function (t) { return [t.region, t.from_stage, t.to_stage, t.month, t.tranche]; })));
        var msg = handover.el('p', '', 'message');
        msg.id = 'plan-message';
        msg.setAttribute('role', 'status');
        function act(path, body, done) {
          msg.textContent = '';
          handover.api('POST', planUrl(p.plan) + path, body)
            .then(function (r) { return showVersion(box, p.plan, p.version).then(function () { return r; }); })
            .then(function (r) { document.getElementById('plan-message').textContent = done(r); })
            .catch(function (e) { msg.textContent = e.message; });
        }
        if (p.current && p.status === 'DRAFT' && can('analyse')) {
          var propose = handover.el('button', 'Propose version ' + p.version + ' for signature');
          propose.id = 'plan-propose';
          propose.addEventListener('click', function () {
            act('/propose', { version: p.version }, function () { return 'Proposed version ' + p.version; });
          });
          box.appendChild(propose);
        }
        var party = can('sign_host') ? 'host' : can('sign_partner') ? 'partner' : null;
        if (p.current && p.status === 'PROPOSED' && party) {
          var sign = handover.el('button', 'Sign version ' + p.version + ' for the ' + party + ' (SHA-256 ' + p.sha256.substring(0, 12) + ')');
          sign.id = 'plan-sign';
          sign.addEventListener('click', function () {
            act('/sign', { version: p.version, sha256: p.sha256 }, function (r) {
              return 'Signed version ' + r.version + ' for the ' + party + (r.agreed
                ? '; agreed: ' + r.decisions.length + ' planned decisions appended to the ledger'
                : '; not agreed yet');
            });
          });
          box.appendChild(sign);
        }
        box.appendChild(msg);
      }).catch(function (e) { handover.showError(box, e); });
  }

  handover.start(function (s) {
    session = s;
    main.appendChild(handover.el('h1', 'Plans'));
    var box = handover.el('section');
    box.id = 'plan';
    return handover.api('GET', '/api/plans').then(function (l) {
      if (l.plans.length === 0) {
        main.appendChild(handover.el('p', 'No plans yet: save one with handover plan save NAME --from FILE, or POST /api/plans/NAME.'));
        return null;
      }
      var t = handover.table(['plan', 'versions', 'current status', 'in force', 'transitions'],
        l.plans.map(function (p) {
          var a = handover.el('a', p.plan);
          a.href = '/plans?plan=' + encodeURIComponent(p.plan);
          return [a, p.versions, p.current_status, p.in_force === null ? '' : p.in_force, p.transitions];
        }));
      t.id = 'plans-table';
      main.appendChild(t);
      main.appendChild(box);
      var name = chosen || l.plans[0].plan;
      return showVersion(box, name, params.get('version'));
    });
  });
})();
