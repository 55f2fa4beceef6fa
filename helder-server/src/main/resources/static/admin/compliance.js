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
    $('rules-version').textContent = 'Rules version ' + questionnaire.version + ' · ' + questionnaire.law
      + (questionnaire.status ? ' · ' + questionnaire.status : '');
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

  var SVG = 'http://www.w3.org/2000/svg';

  function svg(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    return node;
  }

  // A bar per value; values and labels become SVG attributes and text nodes only.
  function bars(container, labels, values, horizontal) {
    var max = Math.max.apply(null, values.concat([1]));
    var width = 320, height = horizontal ? 22 * Math.max(values.length, 1) : 110;
    var chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, width: width, height: height, role: 'img' });
    chart.setAttribute('aria-label', labels.map(function (l, i) { return l + ': ' + values[i]; }).join(', ') || 'no data');
    values.forEach(function (value, i) {
      var bar;
      if (horizontal) {
        bar = svg('rect', { x: 130, y: i * 22 + 3, height: 16, width: Math.max(1, (width - 170) * value / max), fill: '#0b5cad' });
        var label = svg('text', { x: 0, y: i * 22 + 16, 'font-size': 11 });
        label.textContent = labels[i];
        var count = svg('text', { x: 134 + (width - 170) * value / max, y: i * 22 + 16, 'font-size': 11 });
        count.textContent = String(value);
        chart.append(label, count);
      } else {
        var w = width / values.length;
        var h = (height - 12) * value / max;
        bar = svg('rect', { x: i * w + 1, y: height - h, width: Math.max(1, w - 2), height: h, fill: '#0b5cad' });
        var title = svg('title', {});
        title.textContent = labels[i] + ': ' + value;
        bar.append(title);
      }
      chart.append(bar);
    });
    container.replaceChildren(chart);
  }

  function loadDashboard() {
    return staff.call('GET', api + '/dashboard?days=30').then(function (result) {
      var d = result.body;
      var dates = d.days.map(function (day) { return day.date; });
      bars($('chart-conversations'), dates, d.days.map(function (day) { return day.conversations; }));
      bars($('chart-handoffs'), dates, d.days.map(function (day) { return day.handoffs; }));
      bars($('chart-noanswers'), dates, d.days.map(function (day) { return day.noAnswers; }));
      [['chart-reasons', d.handoffReasons], ['chart-redacted', d.personalDataRedacted], ['chart-signals', d.signals]].forEach(function (pair) {
        var keys = Object.keys(pair[1]);
        bars($(pair[0]), keys, keys.map(function (k) { return pair[1][k]; }), true);
      });
      $('dashboard-summary').textContent = 'Hand-off rate ' + Math.round(d.handoffRate * 100) + ' % · AI disclosure in '
        + Math.round(d.disclosureCoverage * 100) + ' % of conversations · ' + d.openObligations + ' open obligations, '
        + d.overdueObligations + ' overdue';
      var list = $('unanswered');
      list.replaceChildren();
      d.unansweredQuestions.forEach(function (q) { list.append(el('li', q)); });
    });
  }

  function loadLiteracy() {
    return staff.call('GET', api + '/literacy').then(function (result) {
      var coverage = $('literacy-coverage').tBodies[0];
      coverage.replaceChildren();
      result.body.coverage.forEach(function (c) {
        var row = el('tr');
        row.append(el('td', c.role), el('td', String(c.staff)), el('td', String(c.valid)));
        coverage.append(row);
      });
      var people = $('literacy-staff').tBodies[0];
      people.replaceChildren();
      result.body.staff.forEach(function (s) {
        var row = el('tr');
        row.append(el('td', s.displayName + ' (' + s.username + ')'), el('td', s.status),
          el('td', s.lastPassedAt ? s.lastPassedAt.slice(0, 10) : '–'), el('td', s.expiresAt ? s.expiresAt.slice(0, 10) : '–'),
          el('td', s.lastScore === null ? '–' : s.lastScore + '/' + s.lastOf));
        people.append(row);
      });
    });
  }

  var vendorQuestions = [];

  function loadVendors() {
    return staff.call('GET', api + '/vendors').then(function (result) {
      var body = $('vendors').tBodies[0];
      body.replaceChildren();
      result.body.forEach(function (v) {
        var row = el('tr');
        row.append(el('td', v.name + (v.contact ? ' · ' + v.contact : '')), el('td', v.status),
          el('td', Object.keys(v.answers).length + ' of ' + vendorQuestions.length),
          el('td', v.documents.map(function (d) { return d.title; }).join(', ') || '–'));
        body.append(row);
      });
    });
  }

  function renderVendorQuestions() {
    var box = $('vendor-questions');
    box.replaceChildren();
    vendorQuestions.forEach(function (q) {
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
    staff.call('POST', api + '/vendors', { name: $('vendor-name').value, contact: $('vendor-contact').value || null,
      status: $('vendor-status').value, answers: answers, documents: documents }).then(function (result) {
      if (result.status !== 201) { status(problem(result)); return; }
      $('vendor-form').reset();
      status('Saved vendor ' + result.body.name + '.');
      loadVendors();
    });
  });

  staff.load().then(function () {
    return Promise.all([staff.call('GET', api + '/questionnaire'), staff.call('GET', api + '/vendor-questions')]);
  }).then(function (results) {
    questionnaire = results[0].body;
    vendorQuestions = results[1].body;
    renderVendorQuestions();
    return Promise.all([loadRegister(), loadDashboard(), loadLiteracy(), loadVendors()]);
  });
})();
