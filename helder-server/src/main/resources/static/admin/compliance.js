// The AI register page. All text from the server is inserted as text (textContent), never as HTML.
(function () {
  'use strict';
  var staff = window.HelderStaff;
  var api = '/api/v1/admin/compliance';
  var $ = function (id) { return document.getElementById(id); };
  var questionnaire = null;
  var selected = null;
  var GROUPS = { prohibited: 'Prohibited practices (Art. 5)', 'high-risk': 'High-risk uses (Art. 6, Annex I and III)',
    exception: 'Exceptions to high-risk (Art. 6(3))', transparency: 'Transparency (Art. 50)', context: 'Context' };

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    if (className) { node.className = className; }
    return node;
  }

  function status(text) { $('status').textContent = text || ''; }

  function problem(result) {
    return (result.body && (result.body.detail || result.body.title)) || ('Request failed (' + result.status + ')');
  }

  function loadRegister() {
    return staff.call('GET', api + '/systems').then(function (result) {
      var body = $('register').tBodies[0];
      body.replaceChildren();
      result.body.forEach(function (view) {
        var open = view.obligations.filter(function (o) { return o.status === 'OPEN' || o.status === 'IN_PROGRESS'; }).length;
        var overdue = view.obligations.filter(function (o) { return o.overdue; }).length;
        var row = el('tr');
        var button = el('button', 'Open');
        button.type = 'button';
        button.setAttribute('aria-label', 'Open ' + view.system.name);
        button.addEventListener('click', function () { select(view.system.id); });
        [view.system.name, view.system.owner, view.system.riskClass || 'not classified', String(open), String(overdue)]
          .forEach(function (text) { row.append(el('td', text)); });
        var cell = el('td');
        cell.append(button);
        row.append(cell);
        body.append(row);
      });
    });
  }

  function renderQuestionnaire(answers) {
    var form = $('questionnaire');
    form.replaceChildren();
    Object.keys(GROUPS).forEach(function (group) {
      var set = el('fieldset');
      set.append(el('legend', GROUPS[group]));
      questionnaire.questions.filter(function (q) { return q.group === group; }).forEach(function (q) {
        var id = 'q-' + q.id;
        var box = el('input');
        box.type = 'checkbox';
        box.id = id;
        box.name = q.id;
        box.checked = answers[q.id] === true;
        var label = el('label', q.text + ' ');
        label.htmlFor = id;
        label.className = 'question';
        label.append(el('span', '(' + q.reference + ')', 'ref'));
        var line = el('div', null, 'answer');
        line.append(box, label);
        set.append(line);
      });
      form.append(set);
    });
    var submit = el('button', 'Classify');
    submit.type = 'submit';
    form.append(submit);
  }

  function renderSystem(view) {
    var system = view.system;
    $('system').hidden = false;
    $('system-title').textContent = system.name;
    $('system-facts').textContent = system.purpose + ' · owner: ' + system.owner + (system.vendor ? ' · vendor: ' + system.vendor : '');
    $('rules-version').textContent = 'Rules version ' + questionnaire.version + ' · ' + questionnaire.source;
    renderQuestionnaire(system.answers || {});
    var c = view.classification;
    $('risk-class').textContent = c ? 'Risk class: ' + c.riskClass : 'Not classified yet: answer the questionnaire.';
    var reasons = $('reasons');
    reasons.replaceChildren();
    (c ? c.reasons : []).forEach(function (r) { reasons.append(el('li', r.text + ' (' + r.reference + ')')); });
    var body = $('obligations').tBodies[0];
    body.replaceChildren();
    view.obligations.forEach(function (o) {
      var row = el('tr');
      row.append(el('td', o.text), el('td', o.reference), el('td', o.due + (o.overdue ? ' (overdue)' : ''), o.overdue ? 'overdue' : ''));
      var select = el('select');
      select.setAttribute('aria-label', 'Status of ' + o.id);
      ['OPEN', 'IN_PROGRESS', 'DONE', 'NOT_APPLICABLE'].forEach(function (s) {
        var option = el('option', s.replace('_', ' ').toLowerCase());
        option.value = s;
        option.selected = o.status === s;
        select.append(option);
      });
      select.addEventListener('change', function () {
        staff.call('PUT', api + '/systems/' + system.id + '/obligations/' + o.id, { status: select.value }).then(function (result) {
          if (result.status === 200) { renderSystem(result.body); loadRegister(); } else { status(problem(result)); }
        });
      });
      var cell = el('td');
      cell.append(select);
      row.append(cell);
      body.append(row);
    });
    $('live').hidden = view.liveChecks.length === 0;
    var live = $('live-checks');
    live.replaceChildren();
    view.liveChecks.forEach(function (check) {
      live.append(el('li', (check.passed ? '✓ ' : '✗ ') + check.name + ': ' + check.detail + ' (' + check.reference + ')'));
    });
    $('pdf-en').href = api + '/systems/' + system.id + '/factsheet.pdf?locale=en';
    $('pdf-nl').href = api + '/systems/' + system.id + '/factsheet.pdf?locale=nl';
    $('html-en').href = api + '/systems/' + system.id + '/factsheet.html?locale=en';
  }

  function select(id) {
    selected = id;
    return staff.call('GET', api + '/systems/' + id).then(function (result) {
      if (result.status === 200) { renderSystem(result.body); } else { status(problem(result)); }
    });
  }

  $('questionnaire').addEventListener('submit', function (event) {
    event.preventDefault();
    var answers = {};
    Array.prototype.forEach.call($('questionnaire').querySelectorAll('input[type=checkbox]'), function (box) { answers[box.name] = box.checked; });
    staff.call('PUT', api + '/systems/' + selected + '/answers', { answers: answers }).then(function (result) {
      if (result.status === 200) { renderSystem(result.body); loadRegister(); status('Classified.'); } else { status(problem(result)); }
    });
  });

  $('add-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var body = { name: $('name').value, purpose: $('purpose').value, owner: $('owner').value, vendor: $('vendor').value,
      dataCategories: $('data').value, deployedOn: $('deployed').value || null, interactsWithPersons: $('interacts').checked };
    staff.call('POST', api + '/systems', body).then(function (result) {
      if (result.status !== 201) { status(problem(result)); return; }
      $('add-form').reset();
      status('Added ' + result.body.name + '. Answer the questionnaire to classify it.');
      loadRegister().then(function () { select(result.body.id); });
    });
  });

  staff.load().then(function () {
    return staff.call('GET', api + '/questionnaire');
  }).then(function (result) {
    questionnaire = result.body;
    return loadRegister();
  });
})();
