// The language-model cost and privacy report. Everything is shown as text (textContent), never as HTML.
(function () {
  'use strict';
  var status = document.getElementById('status');

  function cell(row, value) {
    var td = document.createElement('td');
    td.textContent = value === undefined || value === null ? '' : String(value);
    row.append(td);
  }

  function fill(tableId, rows, columns) {
    var body = document.querySelector('#' + tableId + ' tbody');
    body.replaceChildren();
    rows.forEach(function (item) {
      var row = document.createElement('tr');
      columns.forEach(function (column) { cell(row, column(item)); });
      body.append(row);
    });
  }

  function describe(report) {
    var list = document.getElementById('provider');
    list.replaceChildren();
    [['Provider', report.provider], ['Model', report.model || '–'], ['Endpoint', report.endpoint || '–'],
      ['Processes data in the EU', report.inEu ? 'yes' : 'no'], ['EU only enforced', report.euOnly ? 'yes' : 'no']]
      .forEach(function (pair) {
        var term = document.createElement('dt');
        term.textContent = pair[0];
        var value = document.createElement('dd');
        value.textContent = pair[1];
        list.append(term, value);
      });
  }

  window.HelderStaff.load().then(function () {
    return window.HelderStaff.call('GET', '/api/v1/admin/llm/usage');
  }).then(function (response) {
    var report = response.body;
    describe(report);
    fill('totals', report.totals, [
      function (t) { return t.provider; }, function (t) { return t.model; }, function (t) { return t.inEu ? 'yes' : 'no'; },
      function (t) { return t.calls; }, function (t) { return t.answered; }, function (t) { return t.fallbacks; },
      function (t) { return t.inputTokens; }, function (t) { return t.outputTokens; }, function (t) { return t.estimatedCostEuro.toFixed(4); }]);
    fill('conversations', report.conversations, [
      function (c) { return c.conversationId; }, function (c) { return c.provider; }, function (c) { return c.calls; },
      function (c) { return c.fallbacks; }, function (c) { return c.inputTokens; }, function (c) { return c.outputTokens; }]);
    status.textContent = report.provider === 'none' ? 'No language model is configured: the retrieval assistant answers.'
      : report.totals.length ? 'Report loaded.' : 'No calls yet.';
  }, function () { status.textContent = 'The report could not be loaded.'; });
})();
