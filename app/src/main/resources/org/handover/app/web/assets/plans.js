// The plans page: solving a plan as a job and saving it as a draft (analysts); the theater's plans;
// a version with its status, transitions and signatures, and the diff between two versions;
// proposing (analysts) and signing (a signatory, for the party of their role).
(function () {
  'use strict';
  var main = document.getElementById('plans');
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
        if (p.versions > 1) box.appendChild(diffForm(p));
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

  function versionChoice(id, label, versions, chosen) {
    var l = handover.el('label', label + ' ');
    var sel = handover.el('select');
    sel.id = id;
    for (var v = 1; v <= versions; v++) {
      var o = handover.el('option', 'version ' + v);
      o.value = String(v);
      if (v === chosen) o.selected = true;
      sel.appendChild(o);
    }
    l.appendChild(sel);
    return l;
  }

  // The diff between two versions of the plan (GET /api/plans/NAME/diff), the earlier one first.
  function diffForm(p) {
    var section = handover.el('section');
    section.appendChild(handover.el('h3', 'Compare two versions'));
    var to = p.version > 1 ? p.version : 2;
    section.appendChild(versionChoice('diff-from', 'From', p.versions, to - 1));
    section.appendChild(versionChoice('diff-to', 'to', p.versions, to));
    var go = handover.el('button', 'Show the changes');
    go.id = 'diff-show';
    section.appendChild(go);
    var out = handover.el('div');
    out.id = 'plan-diff';
    section.appendChild(out);
    go.addEventListener('click', function () {
      var from = document.getElementById('diff-from').value;
      var until = document.getElementById('diff-to').value;
      out.textContent = '';
      handover.api('GET', planUrl(p.plan) + '/diff?from=' + from + '&to=' + until).then(function (d) {
        function side(s) { return s === null ? '' : s.month + ' (tranche ' + s.tranche + ')'; }
        var c = d.counts;
        var summary = handover.el('p', 'Version ' + d.from.version + ' to version ' + d.to.version + ': ' +
          Object.keys(c).map(function (k) { return c[k] + ' ' + k; }).join(', '));
        summary.id = 'plan-diff-summary';
        out.appendChild(summary);
        if (d.transitions.length === 0) {
          out.appendChild(handover.el('p', 'No transition changed.'));
        } else {
          var t = handover.table(['change', 'region', 'from stage', 'to stage', 'before', 'after', 'months later'],
            d.transitions.map(function (x) {
              return [x.change, x.region, x.from_stage, x.to_stage, side(x.before), side(x.after),
                x.months_later === null ? '' : x.months_later];
            }));
          t.id = 'plan-diff-transitions';
          out.appendChild(t);
        }
        if (d.document.length > 0) {
          out.appendChild(handover.el('h4', 'The document'));
          var dt = handover.table(['where', 'change', 'before', 'after'], d.document.map(function (x) {
            return [x.pointer, x.change, x.before === null ? '' : JSON.stringify(x.before),
              x.after === null ? '' : JSON.stringify(x.after)];
          }));
          dt.id = 'plan-diff-document';
          out.appendChild(dt);
        }
      }).catch(function (e) { handover.showError(out, e); });
    });
    return section;
  }

  // Solving a plan (POST /api/plans/solve) as a job: its progress, its tranches, saving it as a draft.
  function solveForm() {
    document.getElementById('solve-section').classList.remove('hidden');
    var form = document.getElementById('solve');
    var own = document.getElementById('own-constraints');
    var bar = document.getElementById('solve-progress');
    var step = document.getElementById('solve-step');
    var out = document.getElementById('solve-result');
    form.elements.constraints.addEventListener('change', function () {
      own.classList.toggle('hidden', form.elements.constraints.value !== 'own');
    });
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      out.textContent = '';
      var f = form.elements;
      var run = document.getElementById('solve-run');
      run.disabled = true;
      handover.api('POST', '/api/plans/solve', {
        as_of: f.as_of.value || null,
        horizon: f.horizon.value ? Number(f.horizon.value) : null,
        constraints: f.constraints.value === 'own' ? f.yaml.value : f.constraints.value
      }).then(function (job) {
        bar.value = 0; step.textContent = 'queued';
        function poll() {
          handover.api('GET', job.poll).then(function (s) {
            bar.max = s.total; bar.value = s.done; step.textContent = s.step;
            if (s.state === 'done') {
              run.disabled = false;
              showSolved(out, job.id, s.result);
            } else if (s.state === 'failed') {
              run.disabled = false;
              out.appendChild(handover.el('p', s.error, 'error'));
            } else {
              setTimeout(poll, 500);
            }
          }).catch(function (e) { run.disabled = false; handover.showError(out, e); });
        }
        poll();
      }).catch(function (e) { run.disabled = false; handover.showError(out, e); });
    });
  }

  function showSolved(out, jobId, r) {
    var head = handover.el('p', 'Plan ' + r.plan + ', ' + r.first_month + ' to ' + r.last_month + ': ' + r.status +
      ', objective ' + r.objective + ' (gap ' + r.gap + ')');
    head.id = 'solved-summary';
    out.appendChild(head);
    out.appendChild(handover.el('p', 'Rests on illustrative data (the posture); see the provenance in the JSON.', 'muted'));
    var t = handover.table(['tranche', 'month', 'region', 'from stage', 'to stage'],
      r.transitions.map(function (x) { return [x.tranche, x.month, x.region, x.from_stage, x.to_stage]; }));
    t.id = 'solved-tranches';
    out.appendChild(t);
    var form = handover.el('form', null, 'card');
    form.id = 'save-draft';
    var label = handover.el('label', 'Save as plan ');
    var name = handover.el('input');
    name.name = 'name';
    name.id = 'save-name';
    name.required = true;
    name.value = r.plan;
    label.appendChild(name);
    form.appendChild(label);
    var save = handover.el('button', 'Save as draft');
    save.type = 'submit';
    save.id = 'save-draft-button';
    form.appendChild(save);
    var msg = handover.el('p', '', 'message');
    msg.id = 'save-message';
    msg.setAttribute('role', 'status');
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      msg.textContent = '';
      var plan = name.value.trim();
      handover.api('POST', planUrl(plan) + '?job=' + encodeURIComponent(jobId)).then(function (c) {
        msg.textContent = '';
        msg.appendChild(handover.el('span', c.unchanged
          ? 'Plan ' + c.plan + ' version ' + c.version + ' has this content already: nothing saved. '
          : 'Saved as plan ' + c.plan + ' version ' + c.version + ' (' + c.status + '). '));
        var a = handover.el('a', 'Open it');
        a.id = 'saved-link';
        a.href = '/plans?plan=' + encodeURIComponent(c.plan) + '&version=' + c.version;
        msg.appendChild(a);
      }).catch(function (e) { msg.textContent = e.message; });
    });
    out.appendChild(form);
    out.appendChild(msg);
  }

  handover.start(function (s) {
    session = s;
    if (can('analyse')) solveForm();
    var box = handover.el('section');
    box.id = 'plan';
    return handover.api('GET', '/api/plans').then(function (l) {
      if (l.plans.length === 0) {
        main.appendChild(handover.el('p', 'No plans yet: solve one above and save it as a draft, save one with handover plan save NAME --from FILE, or POST /api/plans/NAME.'));
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
