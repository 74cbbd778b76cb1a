(function () {
  'use strict';
  var form = document.getElementById('setup');
  var message = document.getElementById('message');
  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    message.textContent = '';
    handover.api('POST', '/api/setup', {
      code: document.getElementById('code').value,
      user: document.getElementById('user').value,
      password: document.getElementById('password').value
    }).then(function () {
      window.location.assign('/login');
    }).catch(function (e) { message.textContent = e.message; });
  });
})();
