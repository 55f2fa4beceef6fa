// The knowledge-base quarantine page. Article text comes from uploaded files and is exactly what is suspected
// of being an attack, so everything from the server is inserted as text (textContent), never as HTML.
(function () {
  'use strict';
  var staff = window.HelderStaff;
  var api = '/api/v1/admin/knowledge';
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, text) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function status(text) { $('status').textContent = text || ''; }

  function problem(result) {
    return (result.body && (result.body.detail || result.body.title)) || ('Request failed (' + result.status + ')');
  }

  function button(label, name, action, danger) {
    var b = el('button', label);
    b.type = 'button';
    b.setAttribute('aria-label', label + ': ' + name);
    if (danger) { b.className = 'danger'; }
    b.addEventListener('click', action);
    return b;
  }

  function show(article) {
    $('article').hidden = false;
    $('article-heading').textContent = 'Article text: ' + article.title;
    $('article-facts').textContent = article.id + ' · ' + article.locale + ' · ' + article.url + ' · from ' + article.source;
    $('article-body').textContent = article.body;
    $('article-heading').setAttribute('tabindex', '-1');
    $('article-heading').focus();
  }

  function decide(method, path, done) {
    staff.call(method, path).then(function (result) {
      if (result.status === 200 || result.status === 204) { status(done); $('article').hidden = true; load(); }
      else { status(problem(result)); }
    });
  }

  function row(article) {
    var tr = el('tr');
    var name = el('td');
    name.append(el('strong', article.title), el('br'), el('span', article.id));
    var reasons = el('td');
    var list = el('ul');
    article.reasons.forEach(function (reason) { list.append(el('li', reason)); });
    reasons.append(list);
    var actions = el('td');
    actions.append(
      button('Read', article.title, function () { show(article); }),
      button('Release', article.title, function () {
        decide('POST', api + '/quarantine/' + encodeURIComponent(article.id) + '/release', 'Released "' + article.title + '": it is now answered from.');
      }),
      button('Remove', article.title, function () {
        if (window.confirm('Remove "' + article.title + '" from the quarantine? It is not served.')) {
          decide('DELETE', api + '/quarantine/' + encodeURIComponent(article.id), 'Removed "' + article.title + '". Fix or delete it in the source too.');
        }
      }, true));
    tr.append(name, el('td', article.locale), el('td', article.score.toFixed(2)), reasons,
      el('td', new Date(article.quarantinedAt).toLocaleString()), actions);
    return tr;
  }

  function load() {
    return staff.call('GET', api + '/quarantine').then(function (result) {
      if (result.status !== 200) { status(problem(result)); return; }
      var body = $('quarantine').tBodies[0];
      body.replaceChildren();
      result.body.forEach(function (article) { body.append(row(article)); });
      $('quarantine-summary').textContent = result.body.length === 0 ? 'Nothing is held back.'
        : result.body.length + ' article(s) held back.';
      return staff.call('GET', api + '/articles');
    }).then(function (result) {
      if (result && result.status === 200) { $('served-summary').textContent = result.body.length + ' article(s) are answered from.'; }
    });
  }

  staff.load().then(load);
})();
