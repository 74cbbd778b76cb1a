(function () {
  'use strict';
  var form = document.getElementById('login');
  var message = document.getElementById('message');
  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    message.textContent = '';
    handover.api('POST', '/api/login', {
      user: document.getElementById('user').value,
      password: document.getElementById('password').value
    }).then(function (s) {
      window.location.assign(s.permissions.indexOf('administer') >= 0 ? '/admin' : '/');
    }).catch(function (e) { message.textContent = e.message; });
  });
})();
