// The AI-literacy module and quiz; results are recorded per staff member. Text is inserted as text only.
(function () {
  'use strict';
  var staff = window.HelderStaff;
  var $ = function (id) { return document.getElementById(id); };
  var STATUS = { VALID: 'Your training is up to date until ', EXPIRED: 'Your training expired: please take it again.',
    MISSING: 'You have not taken this training yet.' };

  function el(tag, text) { var node = document.createElement(tag); if (text !== undefined) { node.textContent = text; } return node; }

  function load() {
    var locale = $('language').value;
    return staff.call('GET', '/api/v1/staff/literacy?locale=' + locale).then(function (result) {
      var training = result.body;
      $('title').textContent = training.title;
      var sections = $('sections');
      sections.replaceChildren();
      training.sections.forEach(function (section) { sections.append(el('h3', section.heading), el('p', section.text)); });
      var status = training.myStatus;
      $('my-status').textContent = status ? STATUS[status.status] + (status.status === 'VALID' ? status.expiresAt.slice(0, 10) + '.' : '') : '';
      var quiz = $('quiz');
      quiz.replaceChildren();
      training.quiz.forEach(function (q, index) {
        var set = el('fieldset');
        set.append(el('legend', (index + 1) + '. ' + q.question));
        q.options.forEach(function (option, choice) {
          var id = 'q' + index + '-' + choice;
          var radio = el('input');
          radio.type = 'radio';
          radio.name = 'q' + index;
          radio.value = String(choice);
          radio.id = id;
          radio.required = true;
          var label = el('label', option);
          label.htmlFor = id;
          label.className = 'question';
          var line = el('div');
          line.className = 'answer';
          line.append(radio, label);
          set.append(line);
        });
        set.append(Object.assign(el('p'), { className: 'hint feedback' }));
        quiz.append(set);
      });
      var submit = el('button', 'Hand in');
      submit.type = 'submit';
      quiz.append(submit);
    });
  }

  $('quiz').addEventListener('submit', function (event) {
    event.preventDefault();
    var sets = $('quiz').querySelectorAll('fieldset');
    var answers = Array.prototype.map.call(sets, function (set) {
      var chosen = set.querySelector('input:checked');
      return chosen ? Number(chosen.value) : null;
    });
    staff.call('POST', '/api/v1/staff/literacy/attempts', { locale: $('language').value, answers: answers }).then(function (result) {
      if (result.status !== 200) { $('result').textContent = (result.body && result.body.detail) || 'That did not work.'; return; }
      var attempt = result.body;
      attempt.feedback.forEach(function (f, index) {
        sets[index].querySelector('.feedback').textContent = (f.correct ? '✓ ' : '✗ ') + f.explanation;
      });
      $('result').textContent = 'Score ' + attempt.score + ' of ' + attempt.questions + ': ' + (attempt.passed ? 'passed.' : 'not passed yet, try again.');
    });
  });

  $('language').addEventListener('change', load);
  staff.load().then(load);
})();
