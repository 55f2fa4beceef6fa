// The knowledge base's gap list. Question texts are customers' words: everything from the server is inserted as text
// (textContent), never as HTML.
(function () {
  'use strict';
  var staff = window.HelderStaff;
  var api = '/api/v1/admin/knowledge';
  var $ = function (id) { return document.getElementById(id); };
  var LANGUAGES = { nl: 'Dutch', en: 'English', de: 'German', fr: 'French' };
  var KINDS = { NO_ANSWER: 'not answered', WITHHELD: 'answer withheld', SUGGESTIONS: 'articles offered',
    LOW_CONFIDENCE: 'answered, unsure', HANDOFF_AFTER_ANSWER: 'answered, then asked for a person' };
  var articles = [];

  function el(tag, text) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function status(text) { $('status').textContent = text || ''; }

  function problem(result) {
    return (result.body && (result.body.detail || result.body.title)) || ('Request failed (' + result.status + ')');
  }

  function language(code) { return LANGUAGES[code] || code; }

  function title(id) {
    var found = articles.filter(function (a) { return a.id === id; })[0];
    return found ? found.title : id;
  }

  function name(group) {
    return (group.terms.length ? '“' + group.terms.join(', ') + '”' : '“' + group.questions[0].text + '”')
      + ' (' + language(group.language) + ', ' + group.size + ' question' + (group.size === 1 ? '' : 's') + ')';
  }

  function decide(path, body, done) {
    staff.call('POST', path, body).then(function (result) {
      if (result.status === 200) { status(done); load(); }
      else { status(problem(result)); }
    });
  }

  function groupView(group, index) {
    var box = el('article');
    box.className = 'gap-group';
    box.setAttribute('aria-labelledby', 'group-' + index);
    var heading = el('h2', 'Group: ' + name(group));
    heading.id = 'group-' + index;
    box.append(heading);

    var kinds = Object.keys(group.kinds).map(function (k) { return group.kinds[k] + ' ' + (KINDS[k] || k); });
    box.append(el('p', kinds.join(' · ') + ' · first ' + new Date(group.firstAskedAt).toLocaleString()
      + ', last ' + new Date(group.lastAskedAt).toLocaleString()));
    box.lastChild.className = 'hint';

    var list = el('ul');
    group.questions.forEach(function (q) {
      var item = el('li');
      var about = q.article ? (q.kind === 'SUGGESTIONS' ? ', the customer picked: ' : ': ') + title(q.article) : '';
      item.append(el('q', q.text), document.createTextNode(' — ' + (KINDS[q.kind] || q.kind) + about));
      list.append(item);
    });
    box.append(list);

    if (group.candidates.length) {
      var candidates = group.candidates.map(function (c) {
        var why = [];
        if (c.picked) { why.push('picked ' + c.picked + '×'); }
        if (c.answered) { why.push('answered ' + c.answered + '×'); }
        if (c.offered) { why.push('offered ' + c.offered + '×'); }
        return c.title + ' (' + c.locale + ', ' + why.join(', ') + ')';
      });
      box.append(el('p', 'Articles involved: ' + candidates.join('; ')));
    }

    var form = el('div');
    form.className = 'answer';
    var label = el('label', 'Article that answers it');
    label.className = 'inline-label';
    label.htmlFor = 'article-' + index;
    var select = el('select');
    select.id = 'article-' + index;
    var ordered = group.candidates.map(function (c) { return c.id; });
    articles.forEach(function (a) { if (ordered.indexOf(a.id) < 0) { ordered.push(a.id); } });
    ordered.forEach(function (id) {
      var found = articles.filter(function (a) { return a.id === id; })[0];
      if (!found) { return; }
      var option = el('option', found.title + ' (' + found.locale + ')');
      option.value = found.id;
      select.append(option);
    });
    var link = el('button', 'Link');
    link.type = 'button';
    link.setAttribute('aria-label', 'Link group ' + name(group) + ' to the chosen article');
    link.addEventListener('click', function () {
      var chosen = select.value;
      decide(api + '/gaps/groups/' + group.id + '/link', { articleId: chosen },
        'Linked ' + group.size + ' question(s) to "' + title(chosen) + '": the assistant now finds it for questions like these.');
    });
    var out = el('button', 'Out of scope');
    out.type = 'button';
    out.className = 'danger';
    out.setAttribute('aria-label', 'Mark group ' + name(group) + ' out of scope');
    out.addEventListener('click', function () {
      decide(api + '/gaps/groups/' + group.id + '/out-of-scope', undefined,
        'Marked ' + group.size + ' question(s) out of scope: they are hidden.');
    });
    form.append(label, select, link, out);
    box.append(form);
    return box;
  }

  function translationRow(t) {
    var tr = el('tr');
    var article = el('td');
    var a = el('a', t.title);
    a.href = t.url;
    article.append(a);
    tr.append(article, el('td', language(t.locale)), el('td', language(t.language)), el('td', String(t.questions)),
      el('td', new Date(t.lastAt).toLocaleString()));
    return tr;
  }

  function linkRow(link) {
    var tr = el('tr');
    var remove = el('button', 'Remove');
    remove.type = 'button';
    remove.className = 'danger';
    remove.setAttribute('aria-label', 'Remove example question: ' + link.question);
    remove.addEventListener('click', function () {
      staff.call('DELETE', api + '/gaps/links/' + link.id).then(function (result) {
        if (result.status === 204) { status('Removed the example question from "' + (link.title || link.articleId) + '".'); load(); }
        else { status(problem(result)); }
      });
    });
    var action = el('td');
    action.append(remove);
    tr.append(el('td', link.question), el('td', link.title || link.articleId + ' (no longer served)'), el('td', language(link.language)),
      el('td', link.linkedBy + ', ' + new Date(link.linkedAt).toLocaleString()), action);
    return tr;
  }

  function load() {
    return staff.call('GET', api + '/articles').then(function (result) {
      if (result.status !== 200) { status(problem(result)); return null; }
      articles = result.body;
      return staff.call('GET', api + '/gaps');
    }).then(function (result) {
      if (!result) { return; }
      if (result.status !== 200) { status(problem(result)); return; }
      var groups = $('groups');
      groups.replaceChildren();
      result.body.groups.forEach(function (group, index) { groups.append(groupView(group, index)); });
      var questions = result.body.groups.reduce(function (n, g) { return n + g.size; }, 0);
      $('gaps-summary').textContent = result.body.groups.length === 0 ? 'Nothing to look at: no open questions.'
        : questions + ' question(s) in ' + result.body.groups.length + ' group(s).';
      var body = $('translations').tBodies[0];
      body.replaceChildren();
      result.body.translations.forEach(function (t) { body.append(translationRow(t)); });
      $('translations-summary').textContent = result.body.translations.length === 0 ? 'No article flagged.'
        : result.body.translations.length + ' article(s) flagged.';
      return staff.call('GET', api + '/gaps/links');
    }).then(function (result) {
      if (!result || result.status !== 200) { return; }
      var body = $('links').tBodies[0];
      body.replaceChildren();
      result.body.forEach(function (link) { body.append(linkRow(link)); });
      $('links-summary').textContent = result.body.length === 0 ? 'None yet.' : result.body.length + ' example question(s).';
    });
  }

  staff.load().then(load);
})();
