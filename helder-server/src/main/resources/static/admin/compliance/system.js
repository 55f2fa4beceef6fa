// One AI system, organised by task in tabs: its classification and reasoning (and what newer rules change),
// its obligations with owners and evidence, its documents and its vendor.
(function () {
  'use strict';
  var w = window.HelderWorkspace;
  var el = w.el, $ = w.$;
  var id = new URLSearchParams(window.location.search).get('id');
  var questionnaire = null;
  var vendors = [];
  var vendorQuestions = [];
  var GROUPS = { prohibited: 'Prohibited practices (Art. 5)', 'high-risk': 'High-risk uses (Art. 6, Annex I and III)',
    exception: 'Exceptions to high-risk (Art. 6(3))', transparency: 'Transparency (Art. 50)', context: 'Context' };
  var TABS = ['classification', 'obligations', 'documents', 'vendor'];

  // --- Tabs: the WAI-ARIA tab pattern (roving tabindex, arrow keys, Home/End), the chosen tab kept in the URL. ---
  function selectTab(name, focus) {
    TABS.forEach(function (tab) {
      var button = $('tab-' + tab);
      var selected = tab === name;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
      $('panel-' + tab).hidden = !selected;
      if (selected && focus) { button.focus(); }
    });
    if (window.location.hash !== '#' + name) { history.replaceState(null, '', '#' + name); }
  }

  TABS.forEach(function (tab, i) {
    var button = $('tab-' + tab);
    button.addEventListener('click', function () { selectTab(tab, false); });
    button.addEventListener('keydown', function (event) {
      var next = { ArrowRight: (i + 1) % TABS.length, ArrowLeft: (i + TABS.length - 1) % TABS.length, Home: 0, End: TABS.length - 1 }[event.key];
      if (next !== undefined) {
        event.preventDefault();
        selectTab(TABS[next], true);
      }
    });
  });

  function tabFromUrl() {
    var name = window.location.hash.slice(1);
    return TABS.indexOf(name) >= 0 ? name : 'classification';
  }

  // --- Classification ---
  function checkbox(q, checked, prefix) {
    var box = el('input');
    box.type = 'checkbox';
    box.id = prefix + q.id;
    box.name = q.id;
    box.checked = checked;
    var label = el('label', q.text + ' ', 'question');
    label.htmlFor = box.id;
    label.append(el('span', '(' + q.reference + ')', 'ref'));
    var line = el('div', null, 'answer');
    line.append(box, label);
    return line;
  }

  function renderQuestionnaire(answers) {
    var form = $('questionnaire');
    form.replaceChildren();
    Object.keys(GROUPS).forEach(function (group) {
      var set = el('fieldset');
      var items = questionnaire.questions.filter(function (q) { return q.group === group; });
      set.append(el('legend', GROUPS[group] + (group === 'prohibited' ? ' — ' + items.length + ' practices' : '')));
      items.forEach(function (q) { set.append(checkbox(q, answers[q.id] === true, 'q-')); });
      form.append(set);
    });
    var submit = el('button', 'Classify');
    submit.type = 'submit';
    form.append(submit);
  }

  function renderDates() {
    w.fill($('dates'), questionnaire.dates.map(function (d) {
      var sources = d.sources.map(function (s) { return s.text + (s.date ? ' (' + s.date + ')' : ''); }).join('; ');
      return [d.date, d.text + (d.amended ? ' — changed by the Digital Omnibus on AI' : ''), d.reference,
        d.amended ? sources : 'Art. 113 of the 2024 text'];
    }));
  }

  function renderChanges(view) {
    var box = $('changes');
    var c = view.changes;
    box.hidden = !c;
    box.replaceChildren();
    if (!c) { return; }
    box.setAttribute('role', 'region');
    box.setAttribute('aria-labelledby', 'changes-title');
    var title = el('h2', 'The rules changed since this system was classified');
    title.id = 'changes-title';
    box.append(title, el('p', 'Classified under rules version ' + c.fromVersion + '; the current rules are ' + c.toLaw
      + ' (version ' + c.toVersion + ').'));
    if (c.status) { box.append(el('p', c.status, 'caveat')); }
    if (c.riskClassBefore !== c.riskClassAfter) {
      box.append(el('p', 'Risk class: ' + c.riskClassBefore + ' → ' + c.riskClassAfter + ' (with the answers given so far).'));
    } else {
      box.append(el('p', 'Risk class stays ' + c.riskClassAfter + ' with the answers given so far.'));
    }
    if (c.moved.length > 0) {
      var table = el('table');
      table.id = 'moved';
      table.append(el('caption', 'Dates that moved'));
      var head = el('thead');
      var row = el('tr');
      ['Obligation', 'Provision', 'Was', 'Now'].forEach(function (h) { var th = el('th', h); th.scope = 'col'; row.append(th); });
      head.append(row);
      table.append(head, el('tbody'));
      box.append(table);
      w.fill(table, c.moved.map(function (m) { return [m.text, m.reference, m.before, m.after]; }));
    }
    if (c.added.length > 0) {
      box.append(el('p', 'New obligations: ' + c.added.map(function (o) { return o.text + ' (' + o.reference + ', from ' + o.due + ')'; }).join('; ')));
    }
    if (c.removed.length > 0) {
      box.append(el('p', 'No longer applies: ' + c.removed.map(function (o) { return o.text + ' (' + o.reference + ')'; }).join('; ')));
    }
    if (c.noLongerAsked.length > 0) {
      box.append(el('p', 'Answers no longer asked: ' + c.noLongerAsked.join(', ')));
    }
    var form = el('form');
    form.id = 'reclassify-form';
    if (c.newQuestions.length > 0) {
      var set = el('fieldset');
      set.append(el('legend', 'New questions to answer (unticked means no)'));
      c.newQuestions.forEach(function (q) { set.append(checkbox(q, false, 'new-')); });
      form.append(set);
    }
    var button = el('button', 'Re-classify under version ' + c.toVersion);
    button.type = 'submit';
    form.append(button);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var answers = {};
      Array.prototype.forEach.call(form.querySelectorAll('input[type=checkbox]'), function (b) { answers[b.name] = b.checked; });
      w.call('POST', '/systems/' + id + '/reclassification', { answers: answers }).then(function (result) {
        if (result.status === 200) {
          render(result.body);
          w.status('Re-classified under rules version ' + c.toVersion + '. The earlier classification stays on record.');
          $('risk-class').focus();
        } else { w.status(w.problem(result)); }
      });
    });
    box.append(form);
  }

  function renderClassification(view) {
    var c = view.classification;
    $('risk-class').textContent = c ? 'Risk class: ' + c.riskClass : 'Not classified yet: answer the questionnaire below.';
    $('risk-class').tabIndex = -1;
    var reasons = $('reasons');
    reasons.replaceChildren();
    (c ? c.reasons : []).forEach(function (r) { reasons.append(el('li', r.text + ' (' + r.reference + ')')); });
    $('classified-with').textContent = c ? 'Classified by ' + view.system.classifiedBy + ' on ' + String(view.system.classifiedAt).slice(0, 10)
      + ' under ' + view.law + ' (rules version ' + c.rulesVersion + ')' + (view.status ? '. ' + view.status : '') : '';
    $('live').hidden = view.liveChecks.length === 0;
    w.fill($('live-checks'), view.liveChecks.map(function (check) {
      return [check.name, check.passed ? '✓ passed' : '✗ not met', check.detail, check.reference,
        { MEASURED: 'measured, last 30 days', CONFIGURATION: 'configuration', SHIPPED: 'shipped widget' }[check.basis] || check.basis];
    }));
    $('rules-version').textContent = 'Classifying uses the current rules: ' + questionnaire.law + ' (version ' + questionnaire.version + ')'
      + (questionnaire.status ? '. ' + questionnaire.status : '');
    renderQuestionnaire(view.system.answers || {});
  }

  // --- Obligations ---
  function renderObligations(view) {
    var rows = view.obligations.map(function (o) {
      var what = el('span', o.text);
      if (o.note) { what.append(el('span', ' Note: ' + o.note, 'ref')); }
      var due = el('span', o.due + (o.overdue ? ' (overdue)' : ''), o.overdue ? 'date overdue' : 'date');
      var select = el('select');
      select.setAttribute('aria-label', 'Status: ' + o.text);
      ['OPEN', 'IN_PROGRESS', 'DONE', 'NOT_APPLICABLE'].forEach(function (s) {
        var option = el('option', s.replace('_', ' ').toLowerCase());
        option.value = s;
        option.selected = o.status === s;
        select.append(option);
      });
      var owner = el('input');
      owner.value = o.owner || '';
      owner.maxLength = 200;
      owner.setAttribute('aria-label', 'Owner: ' + o.text);
      var evidence = el('input');
      evidence.type = 'url';
      evidence.value = o.evidence || '';
      evidence.maxLength = 2000;
      evidence.setAttribute('aria-label', 'Evidence link: ' + o.text);
      var save = el('button', 'Save');
      save.type = 'button';
      save.setAttribute('aria-label', 'Save: ' + o.text);
      save.addEventListener('click', function () {
        w.call('PUT', '/systems/' + id + '/obligations/' + o.id, { status: select.value, owner: owner.value, evidence: evidence.value })
          .then(function (result) {
            if (result.status === 200) { render(result.body); w.status('Saved: ' + o.text); } else { w.status(w.problem(result)); }
          });
      });
      return [what, o.reference, due, select, owner, evidence, save];
    });
    w.fill($('obligations'), rows, 'No obligations yet: classify the system first.');
  }

  // --- Documents and vendor ---
  function renderDocuments(view) {
    var base = '/api/v1/admin/compliance/systems/' + id + '/factsheet.';
    $('pdf-en').href = base + 'pdf?locale=en';
    $('pdf-nl').href = base + 'pdf?locale=nl';
    $('html-en').href = base + 'html?locale=en';
    $('html-nl').href = base + 'html?locale=nl';
    w.fill($('history'), view.history.map(function (h) {
      return [String(h.classifiedAt).replace('T', ' ').slice(0, 16), h.rulesVersion, h.riskClass, h.classifiedBy];
    }), 'Not classified yet.');
  }

  function renderVendor(view) {
    var box = $('vendor-details');
    box.replaceChildren();
    var name = view.system.vendor;
    if (!name) {
      box.append(el('p', 'No vendor recorded for this system (built in-house, or not filled in).'));
      return;
    }
    var vendor = vendors.filter(function (v) { return v.name.toLowerCase() === name.toLowerCase(); })[0];
    if (!vendor) {
      var p = el('p', 'No assessment of ' + name + ' yet. ');
      p.append(w.link('/admin/compliance/vendors.html', 'Add it on the Vendors page'));
      box.append(p);
      return;
    }
    box.append(el('p', vendor.name + (vendor.contact ? ' · ' + vendor.contact : '') + ' · status ' + vendor.status));
    var table = el('table');
    table.id = 'vendor-answers';
    var head = el('thead');
    var row = el('tr');
    ['Question', 'Provision', 'Answer'].forEach(function (h) { var th = el('th', h); th.scope = 'col'; row.append(th); });
    head.append(row);
    table.append(head, el('tbody'));
    box.append(table);
    w.fill(table, vendorQuestions.map(function (q) {
      var answer = vendor.answers[q.id];
      return [q.text, q.reference, answer ? answer.answer : 'not answered'];
    }));
    if (vendor.documents.length > 0) {
      var list = el('ul');
      vendor.documents.forEach(function (d) { var li = el('li'); li.append(w.link(d.url, d.title)); list.append(li); });
      box.append(el('h3', 'Documents'), list);
    }
  }

  function render(view) {
    document.title = view.system.name + ' — Helder compliance';
    $('system-title').textContent = view.system.name;
    $('system-facts').textContent = view.system.purpose + ' · owner: ' + view.system.owner + (view.system.vendor ? ' · vendor: ' + view.system.vendor : '');
    renderChanges(view);
    renderClassification(view);
    renderObligations(view);
    renderDocuments(view);
    renderVendor(view);
  }

  $('questionnaire').addEventListener('submit', function (event) {
    event.preventDefault();
    var answers = {};
    Array.prototype.forEach.call($('questionnaire').querySelectorAll('input[type=checkbox]'), function (box) { answers[box.name] = box.checked; });
    w.call('PUT', '/systems/' + id + '/answers', { answers: answers }).then(function (result) {
      if (result.status === 200) { render(result.body); w.status('Classified.'); $('risk-class').focus(); } else { w.status(w.problem(result)); }
    });
  });

  selectTab(tabFromUrl(), false);
  w.start(function () {
    return Promise.all([w.call('GET', '/questionnaire'), w.call('GET', '/vendors'), w.call('GET', '/vendor-questions'),
      w.call('GET', '/systems/' + encodeURIComponent(id))]).then(function (results) {
      questionnaire = results[0].body;
      vendors = results[1].body;
      vendorQuestions = results[2].body;
      renderDates();
      if (results[3].status === 200) { render(results[3].body); } else { w.status(w.problem(results[3])); }
    });
  });
})();
