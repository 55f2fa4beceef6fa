// The register list: every system with its class, the rules version it was classified under, and the next step.
(function () {
  'use strict';
  var w = window.HelderWorkspace;
  var $ = w.$;

  function nextStep(view) {
    if (!view.classification) { return w.link(w.systemHref(view.system.id, 'classification'), 'Classify'); }
    if (view.changes) { return w.link(w.systemHref(view.system.id, 'classification'), 'Rules changed: review and re-classify'); }
    var overdue = view.obligations.filter(function (o) { return o.overdue; }).length;
    if (overdue > 0) { return w.link(w.systemHref(view.system.id, 'obligations'), 'Overdue obligations'); }
    var open = view.obligations.filter(function (o) { return o.status === 'OPEN' || o.status === 'IN_PROGRESS'; }).length;
    return open > 0 ? w.link(w.systemHref(view.system.id, 'obligations'), 'Work on obligations') : 'Nothing due';
  }

  function load() {
    return w.call('GET', '/systems').then(function (result) {
      w.fill($('register'), result.body.map(function (view) {
        var open = view.obligations.filter(function (o) { return o.status === 'OPEN' || o.status === 'IN_PROGRESS'; }).length;
        var overdue = view.obligations.filter(function (o) { return o.overdue; }).length;
        return [w.link(w.systemHref(view.system.id), view.system.name), view.system.owner,
          view.classification ? view.classification.riskClass : 'not classified',
          view.classification ? view.classification.rulesVersion : '–', String(open), String(overdue), nextStep(view)];
      }), 'The register is empty: add your first AI system below.');
    });
  }

  $('add-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var body = { name: $('name').value, purpose: $('purpose').value, owner: $('owner').value, vendor: $('vendor').value,
      dataCategories: $('data').value, deployedOn: $('deployed').value || null, interactsWithPersons: $('interacts').checked };
    w.call('POST', '/systems', body).then(function (result) {
      if (result.status !== 201) { w.status(w.problem(result)); return; }
      window.location.href = w.systemHref(result.body.id, 'classification');
    });
  });

  w.start(function () {
    return Promise.all([w.call('GET', '/questionnaire'), load()]).then(function (results) {
      var q = results[0].body;
      w.lawNotice($('law'), q.law, q.version, q.status);
    });
  });
})();
