// What every page of the compliance workspace shares. All text from the server is inserted as text (textContent),
// never as HTML; chart values become SVG attributes and text nodes only.
window.HelderWorkspace = (function () {
  'use strict';
  var staff = window.HelderStaff;
  var API = '/api/v1/admin/compliance';
  var SVG = 'http://www.w3.org/2000/svg';

  function $(id) { return document.getElementById(id); }

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    if (className) { node.className = className; }
    return node;
  }

  function link(href, text) {
    var a = el('a', text);
    a.href = href;
    return a;
  }

  function status(text) {
    var node = $('status');
    if (node) { node.textContent = text || ''; }
  }

  function problem(result) {
    return (result.body && (result.body.detail || result.body.title)) || ('Request failed (' + result.status + ')');
  }

  function call(method, path, body) {
    return staff.call(method, API + path, body);
  }

  /** Marks the navigation link of this page, so screen readers announce where the user is. */
  function markCurrentPage() {
    var here = window.location.pathname;
    Array.prototype.forEach.call(document.querySelectorAll('header nav a'), function (a) {
      var target = a.getAttribute('href');
      if (target === here || (target.indexOf('register.html') >= 0 && here.indexOf('/system.html') >= 0)) {
        a.setAttribute('aria-current', 'page');
      }
    });
  }

  function systemHref(id, tab) {
    return '/admin/compliance/system.html?id=' + encodeURIComponent(id) + (tab ? '#' + tab : '');
  }

  /** Shows which text of the AI Act the rules follow and what about it is not confirmed (e.g. publication). */
  function lawNotice(container, law, version, statusText) {
    container.replaceChildren();
    container.append(el('strong', 'Rules: '), document.createTextNode(law + ' (version ' + version + ')'));
    if (statusText) {
      container.append(document.createTextNode(' · '), el('span', statusText, 'caveat'));
    }
  }

  function svg(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    return node;
  }

  /**
   * A bar chart of real values with a text alternative; with nothing to show it says so in words instead of
   * drawing an empty frame.
   */
  function bars(container, labels, values, horizontal, empty) {
    var total = values.reduce(function (a, b) { return a + b; }, 0);
    if (total === 0) {
      container.replaceChildren(el('p', empty || 'Nothing recorded yet.', 'empty'));
      return;
    }
    var max = Math.max.apply(null, values.concat([1]));
    var width = 320, height = horizontal ? 22 * Math.max(values.length, 1) : 110;
    var chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, width: width, height: height, role: 'img' });
    chart.setAttribute('aria-label', labels.map(function (l, i) { return l + ': ' + values[i]; }).join(', '));
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

  /** A table body filled with rows of cells; a cell is text or a node. */
  function fill(table, rows, emptyText) {
    var body = table.tBodies[0];
    body.replaceChildren();
    if (rows.length === 0 && emptyText) {
      var row = el('tr');
      var cell = el('td', emptyText, 'empty');
      cell.colSpan = table.tHead.rows[0].cells.length;
      row.append(cell);
      body.append(row);
      return;
    }
    rows.forEach(function (cells) {
      var row = el('tr');
      cells.forEach(function (cell, i) {
        var td = el(i === 0 ? 'th' : 'td');
        if (i === 0) { td.scope = 'row'; }
        if (cell instanceof Node) { td.append(cell); } else { td.textContent = cell === null || cell === undefined ? '–' : String(cell); }
        row.append(td);
      });
      body.append(row);
    });
  }

  function start(run) {
    markCurrentPage();
    staff.load().then(run);
  }

  return { $: $, el: el, link: link, status: status, problem: problem, call: call, systemHref: systemHref, lawNotice: lawNotice,
    bars: bars, fill: fill, start: start };
})();
