// What every page shares: the signed-in session, requests to the API with the CSRF token, the
// top bar, and safe text output (data only ever reach the page as text, never as HTML).
(function () {
  'use strict';
  var session = null;

  function api(method, path, body) {
    var headers = { 'Accept': 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && session) headers['X-CSRF-Token'] = session.csrf_token;
    return fetch(path, {
      method: method, headers: headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (r) {
      if (r.status === 401 && path !== '/api/login') { window.location.assign('/login'); }
      return r.text().then(function (t) {
        var json = null;
        try { json = t ? JSON.parse(t) : null; } catch (e) { json = null; }
        if (!r.ok) {
          var err = new Error((json && json.error) || ('HTTP ' + r.status));
          err.status = r.status;
          throw err;
        }
        return json;
      });
    });
  }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  function table(headers, rows) {
    var t = el('table');
    var tr = el('tr');
    headers.forEach(function (h) { tr.appendChild(el('th', h)); });
    t.appendChild(tr);
    rows.forEach(function (row) {
      var r = el('tr');
      row.forEach(function (c) {
        var td = el('td');
        if (c instanceof Node) td.appendChild(c); else td.textContent = c === null || c === undefined ? '' : String(c);
        r.appendChild(td);
      });
      t.appendChild(r);
    });
    return t;
  }

  function bar() {
    var h = el('header', null, 'bar');
    var links = [['/', 'Dashboard'], ['/ledger', 'Ledger'], ['/plans', 'Plans']];
    var perms = session.permissions;
    if (perms.indexOf('analyse') >= 0) links.push(['/compare', 'Compare policies']);
    if (perms.indexOf('administer') >= 0) links = [['/admin', 'Users and audit']];
    links.forEach(function (l) { var a = el('a', l[1]); a.href = l[0]; h.appendChild(a); });
    var who = el('span', session.user + ' (' + session.role + ')', 'who');
    var out = el('button', 'Sign out');
    out.id = 'sign-out';
    out.addEventListener('click', function () {
      api('POST', '/api/logout').then(function () { window.location.assign('/login'); });
    });
    h.appendChild(who);
    h.appendChild(out);
    document.body.insertBefore(h, document.body.firstChild);
  }

  function showError(where, err) {
    where.appendChild(el('p', err.message, 'error'));
  }

  window.handover = {
    api: api, el: el, table: table, showError: showError,
    session: function () { return session; },
    start: function (render) {
      return api('GET', '/api/session').then(function (s) {
        session = s;
        bar();
        return render(s);
      }).catch(function (e) { showError(document.querySelector('main'), e); });
    }
  };
})();
