// Calls the staff API from a console page signed in with the session cookie. Every change carries the
// CSRF token (the cookie alone is not enough); a lost session leads back to the sign-in page.
window.HelderStaff = (function () {
  'use strict';
  var me = null;

  function headers(extra) {
    var all = { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
    if (me && me.csrf) { all[me.csrf.headerName] = me.csrf.token; }
    Object.keys(extra || {}).forEach(function (key) { all[key] = extra[key]; });
    return all;
  }

  function signInAgain() {
    window.location.href = '/login';
    return new Promise(function () {});
  }

  /** Resolves to {status, body}; body is the parsed JSON (a problem detail on errors) or null. */
  function call(method, path, body) {
    var options = { method: method, credentials: 'same-origin', headers: headers(body === undefined ? {} : { 'Content-Type': 'application/json' }) };
    if (body !== undefined) { options.body = JSON.stringify(body); }
    return fetch(path, options).then(function (response) {
      if (response.status === 401) { return signInAgain(); }
      if (response.status === 204) { return { status: 204, body: null }; }
      return response.text().then(function (text) {
        var parsed = null;
        try { parsed = text ? JSON.parse(text) : null; } catch (e) { parsed = { detail: text }; }
        return { status: response.status, body: parsed };
      });
    });
  }

  // AI literacy (AI Act Art. 4): on every staff page, remind people whose training is missing or expired.
  function remindAboutTraining() {
    if (window.location.pathname.indexOf('/training') === 0 || document.getElementById('training-reminder')) { return; }
    call('GET', '/api/v1/staff/literacy').then(function (result) {
      var status = result.body && result.body.myStatus;
      if (!status || status.status === 'VALID') { return; }
      // A landmark of its own, so that nothing on the page sits outside a landmark (screen-reader navigation).
      var note = document.createElement('aside');
      note.id = 'training-reminder';
      note.className = 'reminder';
      note.setAttribute('aria-label', 'AI training');
      note.textContent = (status.status === 'EXPIRED' ? 'Your AI training has expired. ' : 'You have not taken the AI training yet. ')
        + 'It takes about 10 minutes: how the assistant works, its limits, when to take over. ';
      var link = document.createElement('a');
      link.href = '/training/';
      link.textContent = 'Take it now';
      note.append(link);
      var header = document.querySelector('header');
      if (header) { header.after(note); } else { document.body.prepend(note); }
    });
  }

  /** Loads who is signed in (and the CSRF token); call it first. */
  function load() {
    return call('GET', '/api/v1/staff/me').then(function (result) {
      me = result.body;
      remindAboutTraining();
      return me;
    });
  }

  function signOut() {
    return fetch('/logout', { method: 'POST', credentials: 'same-origin', headers: headers({}) }).then(function () {
      window.location.href = '/login?logout';
    });
  }

  document.addEventListener('click', function (event) {
    if (event.target.closest && event.target.closest('[data-sign-out]')) { signOut(); }
  });

  return { load: load, call: call, signOut: signOut, me: function () { return me; } };
})();
