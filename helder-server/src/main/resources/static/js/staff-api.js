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

  /** Loads who is signed in (and the CSRF token); call it first. */
  function load() {
    return call('GET', '/api/v1/staff/me').then(function (result) {
      me = result.body;
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
