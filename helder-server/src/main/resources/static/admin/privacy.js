// Data-subject requests against the admin API. Results are shown as text only (textContent), never as HTML.
(function () {
  'use strict';
  var api = '/api/v1/admin/privacy';
  var status = document.getElementById('status');
  var result = document.getElementById('result');

  function show(message, body) {
    status.textContent = message;
    result.textContent = body === undefined ? '' : JSON.stringify(body, null, 2);
  }

  var signedIn = window.HelderStaff.load();

  function call(method, path, body) {
    return signedIn.then(function () { return window.HelderStaff.call(method, api + path, body); });
  }

  function conversationId() {
    var input = document.getElementById('conversation-id');
    return input.reportValidity() ? input.value.trim() : null;
  }

  function contact() {
    var input = document.getElementById('contact-value');
    return input.reportValidity() ? { value: input.value } : null;
  }

  document.getElementById('conversation-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var id = conversationId();
    if (!id) { return; }
    call('GET', '/conversations/' + encodeURIComponent(id)).then(function (r) {
      if (r.status === 404) { show('No conversation with this id.'); } else { show('Export of conversation ' + id, r.body); }
    }, function () { show('The request failed.'); });
  });

  document.getElementById('conversation-erase').addEventListener('click', function () {
    var id = conversationId();
    if (!id || !window.confirm('Erase all messages of conversation ' + id + '? This cannot be undone.')) { return; }
    call('DELETE', '/conversations/' + encodeURIComponent(id)).then(function (r) {
      show(r.status === 204 ? 'Erased. A tombstone without content and an audit entry remain.' : 'No conversation with this id.');
    }, function () { show('The request failed.'); });
  });

  document.getElementById('contact-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var value = contact();
    if (!value) { return; }
    call('POST', '/contacts/export', value).then(function (r) {
      show(r.body.conversations + ' conversation(s) found.', r.body);
    }, function () { show('The request failed.'); });
  });

  document.getElementById('contact-erase').addEventListener('click', function () {
    var value = contact();
    if (!value || !window.confirm('Erase every conversation in which this value was given? This cannot be undone.')) { return; }
    call('POST', '/contacts/erase', value).then(function (r) {
      show(r.body.erased + ' conversation(s) erased.');
    }, function () { show('The request failed.'); });
  });
})();
