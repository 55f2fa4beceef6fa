// AI literacy: the duty as the current rules word it, coverage per role and training per person.
(function () {
  'use strict';
  var w = window.HelderWorkspace;
  var $ = w.$;

  w.start(function () {
    return Promise.all([w.call('GET', '/literacy'), w.call('GET', '/dashboard?days=1')]).then(function (results) {
      var report = results[0].body;
      var setup = results[1].body.setup;
      $('duty').textContent = (setup.literacyDuty ? 'The duty: ' + setup.literacyDuty + '. ' : '') + (setup.literacyNote || '');
      w.fill($('literacy-coverage'), report.coverage.map(function (c) { return [c.role, String(c.staff), String(c.valid)]; }), 'No staff yet.');
      w.fill($('literacy-staff'), report.staff.map(function (s) {
        return [s.displayName + ' (' + s.username + ')', s.status, s.lastPassedAt ? s.lastPassedAt.slice(0, 10) : '–',
          s.expiresAt ? s.expiresAt.slice(0, 10) : '–', s.lastScore === null ? '–' : s.lastScore + '/' + s.lastOf];
      }), 'No staff yet.');
    });
  });
})();
