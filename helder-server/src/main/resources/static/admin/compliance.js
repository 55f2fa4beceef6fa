// The compliance dashboard: what to do first, obligations by date, conversations, literacy. Real data only; where
// there is none yet, the page says what to do instead of drawing empty charts.
(function () {
  'use strict';
  var w = window.HelderWorkspace;
  var el = w.el, $ = w.$;

  function todo(d) {
    var s = d.setup;
    var steps = [];
    if (s.systems <= 1) {
      steps.push(['Add the AI systems your organisation uses (CV screening, credit checks, chatbots, content generators) to the register.',
        '/admin/compliance/register.html#add-title']);
    }
    if (s.unclassified > 0) {
      steps.push([s.unclassified + ' system(s) not classified yet: answer the questionnaire for each.', '/admin/compliance/register.html']);
    }
    if (s.toReclassify > 0) {
      steps.push([s.toReclassify + ' system(s) were classified under an earlier version of the rules: see what changed and re-classify.',
        '/admin/compliance/register.html']);
    }
    if (d.overdueObligations > 0) {
      steps.push([d.overdueObligations + ' obligation(s) overdue: give each an owner and record the evidence.', '/admin/compliance/register.html']);
    }
    if (s.staffTrained < s.staff) {
      steps.push([(s.staff - s.staffTrained) + ' of ' + s.staff + ' staff have no valid AI training: remind them to take it.',
        '/admin/compliance/literacy.html']);
    }
    if (s.vendors === 0) {
      steps.push(['Add the vendors of your AI systems and ask them the questions the AI Act gives you.', '/admin/compliance/vendors.html']);
    } else if (s.vendorsNotAssessed > 0) {
      steps.push([s.vendorsNotAssessed + ' vendor(s) not assessed yet.', '/admin/compliance/vendors.html']);
    }
    var conversations = d.days.reduce(function (sum, day) { return sum + day.conversations; }, 0);
    if (conversations === 0) {
      steps.push(['No customer has used the assistant in the last 30 days: put the chat widget on your website (README, "Embedding the widget").', null]);
    }
    var list = $('todo');
    list.replaceChildren();
    if (steps.length === 0) {
      list.replaceWith(el('p', 'Nothing urgent: every system is classified under the current rules, nothing is overdue and all staff are trained.'));
      return;
    }
    steps.forEach(function (step) {
      var item = el('li');
      if (step[1]) { item.append(w.link(step[1], step[0])); } else { item.textContent = step[0]; }
      list.append(item);
    });
  }

  function render(d) {
    w.lawNotice($('law'), d.setup.law, d.setup.rulesVersion, d.setup.status);
    todo(d);
    $('obligations-summary').textContent = d.openObligations + ' open obligation(s), ' + d.overdueObligations + ' overdue.';
    var dates = Object.keys(d.openObligationsByDate);
    w.bars($('chart-due'), dates, dates.map(function (k) { return d.openObligationsByDate[k]; }), true,
      'No open obligations: classify your systems to see what applies when.');
    var conversations = d.days.reduce(function (sum, day) { return sum + day.conversations; }, 0);
    var labels = d.days.map(function (day) { return day.date; });
    var noConversations = 'No conversations in the last 30 days.';
    w.bars($('chart-conversations'), labels, d.days.map(function (day) { return day.conversations; }), false, noConversations);
    w.bars($('chart-handoffs'), labels, d.days.map(function (day) { return day.handoffs; }), false,
      conversations === 0 ? noConversations : 'No hand-offs to a person.');
    w.bars($('chart-noanswers'), labels, d.days.map(function (day) { return day.noAnswers; }), false,
      conversations === 0 ? noConversations : 'Every question had an answer.');
    [['chart-reasons', d.handoffReasons, 'No hand-offs.'], ['chart-redacted', d.personalDataRedacted, 'No personal data typed.'],
      ['chart-signals', d.signals, 'No signals.']].forEach(function (chart) {
      var keys = Object.keys(chart[1]);
      w.bars($(chart[0]), keys, keys.map(function (k) { return chart[1][k]; }), true, chart[2]);
    });
    $('dashboard-summary').textContent = conversations === 0 ? 'No conversations yet, so nothing to measure.'
      : conversations + ' conversations · hand-off rate ' + Math.round(d.handoffRate * 100) + ' % · AI disclosure in '
        + Math.round(d.disclosureCoverage * 100) + ' % of conversations';
    var list = $('unanswered');
    list.replaceChildren();
    d.unansweredQuestions.forEach(function (q) { list.append(el('li', q)); });
    if (d.unansweredQuestions.length === 0) { list.append(el('li', 'None.')); }
    $('literacy-summary').textContent = d.setup.staffTrained + ' of ' + d.setup.staff + ' staff validly trained.';
    $('literacy-duty').textContent = (d.setup.literacyDuty ? 'The duty: ' + d.setup.literacyDuty + '. ' : '') + (d.setup.literacyNote || '');
  }

  w.start(function () {
    return w.call('GET', '/dashboard?days=30').then(function (result) {
      if (result.status === 200) { render(result.body); } else { w.status(w.problem(result)); }
    });
  });
})();
