// Vendors: the questions the rules file says to ask, the answers, documents and status.
(function () {
  'use strict';
  var w = window.HelderWorkspace;
  var el = w.el, $ = w.$;
  var questions = [];

  function load() {
    return w.call('GET', '/vendors').then(function (result) {
      w.fill($('vendors'), result.body.map(function (v) {
        return [v.name + (v.contact ? ' · ' + v.contact : ''), v.status, Object.keys(v.answers).length + ' of ' + questions.length,
          v.documents.map(function (d) { return d.title; }).join(', ') || '–'];
      }), 'No vendors yet: add the vendor of each AI system you use.');
    });
  }

  function renderQuestions() {
    var box = $('vendor-questions');
    questions.forEach(function (q) {
      var label = el('label', q.text + ' (' + q.reference + ')');
      label.htmlFor = 'vq-' + q.id;
      var input = el('input');
      input.id = 'vq-' + q.id;
      input.dataset.question = q.id;
      input.maxLength = 4000;
      box.append(label, input);
    });
  }

  $('vendor-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var answers = {};
    Array.prototype.forEach.call($('vendor-questions').querySelectorAll('input'), function (input) {
      if (input.value.trim()) { answers[input.dataset.question] = { answer: input.value.trim(), satisfactory: null }; }
    });
    var documents = $('vendor-document-title').value.trim() && $('vendor-document-url').value.trim()
      ? [{ title: $('vendor-document-title').value.trim(), url: $('vendor-document-url').value.trim() }] : [];
    w.call('POST', '/vendors', { name: $('vendor-name').value, contact: $('vendor-contact').value || null,
      status: $('vendor-status').value, answers: answers, documents: documents }).then(function (result) {
      if (result.status !== 201) { w.status(w.problem(result)); return; }
      $('vendor-form').reset();
      w.status('Saved vendor ' + result.body.name + '.');
      load();
    });
  });

  w.start(function () {
    return w.call('GET', '/vendor-questions').then(function (result) {
      questions = result.body;
      renderQuestions();
      return load();
    });
  });
})();
