/*
 * Helder chat widget. Embed with one tag:
 *   <script src="https://your-helder-host/widget/helder-widget.js" data-locale="nl" defer></script>
 * Options (data- attributes): data-locale (nl, en, de, fr; default: the browser's language),
 * data-open="true" (open the chat at once).
 *
 * Rules this file keeps: the AI disclosure banner is visible from the first moment the chat is shown;
 * message text is only ever inserted as text (textContent), never as HTML; links are only http(s).
 */
(function () {
  'use strict';
  if (window.HelderWidget) { return; }

  var script = document.currentScript;
  var base = new URL(script.src, window.location.href);
  var api = base.origin + '/api/v1';
  var storageKey = 'helder.conversation.' + base.origin;
  var options = {
    locale: script.getAttribute('data-locale') || (navigator.language || 'nl').slice(0, 2),
    open: script.getAttribute('data-open') === 'true'
  };

  var host = document.createElement('div');
  host.id = 'helder-widget';
  var root = host.attachShadow({ mode: 'open' });
  var style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = new URL('helder-widget.css', base).href;
  root.appendChild(style);

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  var launcher = el('button', { type: 'button', class: 'launcher', 'aria-expanded': 'false', 'aria-controls': 'helder-panel' });
  var panel = el('section', { id: 'helder-panel', class: 'panel', role: 'dialog', 'aria-modal': 'false', hidden: '' });
  var header = el('header', { class: 'header' });
  var title = el('h2', { id: 'helder-title', class: 'title' });
  var close = el('button', { type: 'button', class: 'close' }, '\u00d7');
  var banner = el('p', { class: 'banner', role: 'note', 'data-testid': 'disclosure-banner' });
  var privacy = el('a', { class: 'privacy', target: '_blank', rel: 'noopener' });
  var human = el('button', { type: 'button', class: 'human' });
  var ticket = el('form', { class: 'ticket', hidden: '' });
  var contactLabel = el('label', { for: 'helder-contact' });
  var contactInput = el('input', { id: 'helder-contact', type: 'text', autocomplete: 'email', required: '' });
  var ticketLabel = el('label', { for: 'helder-ticket' });
  var ticketInput = el('textarea', { id: 'helder-ticket', rows: '2', required: '' });
  var ticketSend = el('button', { type: 'submit', class: 'send' });
  ticket.append(contactLabel, contactInput, ticketLabel, ticketInput, ticketSend);
  var log = el('ol', { class: 'messages', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions', 'aria-labelledby': 'helder-title' });
  var status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  var form = el('form', { class: 'composer' });
  var label = el('label', { for: 'helder-input', class: 'label' });
  var input = el('textarea', { id: 'helder-input', rows: '2', autocomplete: 'off' });
  var send = el('button', { type: 'submit', class: 'send' });
  var restart = el('button', { type: 'button', class: 'restart', hidden: '' });
  header.append(title, close);
  form.append(label, input, send);
  panel.setAttribute('aria-labelledby', 'helder-title');
  panel.append(header, banner, human, log, status, restart, ticket, form, privacy);
  root.append(launcher, panel);

  var state = { config: null, conversation: null, busy: false, pending: null, seen: {}, following: false };

  function text(key) { return (state.config && state.config.texts[key]) || key; }

  function request(method, path, body) {
    var headers = { 'Accept': 'application/json' };
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    if (state.conversation) { headers['Authorization'] = 'Bearer ' + state.conversation.token; }
    return fetch(api + path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (response) {
        if (response.status === 204) { return null; }
        return response.json().then(function (json) {
          if (!response.ok) { var error = new Error(json.detail || response.statusText); error.status = response.status; throw error; }
          return json;
        });
      });
  }

  function safeUrl(url) {
    try {
      var parsed = new URL(url);
      return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
    } catch (e) { return null; }
  }

  function author(message) {
    if (message.role === 'CUSTOMER') { return text('you'); }
    if (message.role === 'AGENT') { return (message.author ? message.author + ', ' : '') + text('agent'); }
    return text('assistant');
  }

  // Messages arrive both in API responses and on the live stream; each is shown once.
  function render(message) {
    if (state.seen[message.id]) { return; }
    state.seen[message.id] = true;
    if (message.role !== 'CUSTOMER') { clearDraft(); }
    var item = el('li', { class: 'message ' + message.role.toLowerCase() + ' ' + message.kind.toLowerCase(), 'data-kind': message.kind });
    var body = el('p', { class: 'text' }, message.text);
    // Notices (a person joined, data was made unreadable) come from the service, not from the assistant.
    if (message.kind !== 'NOTICE') { item.append(el('span', { class: 'who' }, author(message))); }
    item.append(body);
    if (message.sources && message.sources.length) {
      var sources = el('p', { class: 'sources' }, text('sources') + ': ');
      message.sources.forEach(function (source, index) {
        var href = safeUrl(source.url);
        if (index > 0) { sources.append(document.createTextNode(', ')); }
        if (href) {
          sources.append(el('a', { href: href, target: '_blank', rel: 'noopener noreferrer' }, source.title));
        } else {
          sources.append(document.createTextNode(source.title));
        }
      });
      item.append(sources);
    }
    log.append(item);
    item.scrollIntoView({ block: 'end' });
  }

  /*
   * An answer the assistant is still writing: its checked sentences so far, replaced by the final message.
   * Hidden from screen readers, which announce the final message once instead of every sentence.
   */
  function showDraft(draft) {
    var item = log.querySelector('li.draft');
    if (!item) {
      item = el('li', { class: 'message assistant draft', 'aria-hidden': 'true' });
      item.append(el('span', { class: 'who' }, text('assistant')), el('p', { class: 'text' }, ''));
      log.append(item);
    }
    item.querySelector('.text').textContent = draft;
    item.scrollIntoView({ block: 'end' });
  }

  function clearDraft() {
    var item = log.querySelector('li.draft');
    if (item) { item.remove(); }
  }

  function setBusy(busy, message) {
    state.busy = busy;
    send.disabled = busy;
    status.textContent = message || '';
  }

  function applyConfig(config) {
    state.config = config;
    title.textContent = text('title');
    banner.textContent = config.banner;
    label.textContent = text('input-label');
    input.placeholder = text('placeholder');
    input.maxLength = config.maxMessageChars;
    send.textContent = text('send');
    close.setAttribute('aria-label', text('close'));
    launcher.textContent = text('open');
    privacy.textContent = text('privacy');
    human.textContent = text('human');
    restart.textContent = text('new-conversation');
    contactLabel.textContent = text('contact-label');
    ticketLabel.textContent = text('ticket-label');
    ticketSend.textContent = text('ticket-send');
    privacy.href = base.origin + '/privacy?locale=' + encodeURIComponent(config.locale);
  }

  function startConversation() {
    var saved = null;
    try { saved = JSON.parse(sessionStorage.getItem(storageKey)); } catch (e) { saved = null; }
    if (saved && saved.id && saved.token) {
      state.conversation = saved;
      return request('GET', '/conversations/' + saved.id).then(function (conversation) {
        conversation.messages.forEach(render);
        showState(conversation.state, conversation.banner);
        offerTicket(conversation.fallback);
        follow();
      }, function () {
        state.conversation = null;
        sessionStorage.removeItem(storageKey);
        return startConversation();
      });
    }
    return request('POST', '/conversations', { locale: state.config.locale }).then(function (conversation) {
      state.conversation = { id: conversation.id, token: conversation.token };
      sessionStorage.setItem(storageKey, JSON.stringify(state.conversation));
      conversation.messages.forEach(render);
      follow();
      // Evidence that the disclosure was not only sent but shown.
      return request('POST', '/conversations/' + conversation.id + '/disclosure-shown').catch(function () { return null; });
    });
  }

  // A customer may type before the conversation exists (it is created when the panel opens);
  // the action waits for it instead of being dropped.
  function whenStarted(action) {
    if (state.conversation) { action(); return; }
    if (state.starting) { state.starting.then(function () { if (state.conversation) { action(); } }); }
  }

  function submit(messageText) {
    if (state.busy) { return; }
    if (!state.conversation) { whenStarted(function () { submit(messageText); }); return; }
    state.pending = messageText;
    setBusy(true, text('typing'));
    request('POST', '/conversations/' + state.conversation.id + '/messages', { text: messageText }).then(function (turn) {
      state.pending = null;
      input.value = '';
      turn.messages.forEach(render);
      setBusy(false, '');
      showState(turn.state);
      offerTicket(turn.fallback);
      if (ticket.hidden) { input.focus(); }
    }, function (error) {
      clearDraft();
      setBusy(false, (error.status === 400 || error.status === 429 ? error.message : text('error')));
      if (error.status === 409) { catchUp(); }
    });
  }

  function showState(conversationState, bannerText) {
    if (bannerText) { banner.textContent = bannerText; }
    panel.setAttribute('data-state', conversationState);
    var closed = conversationState === 'CLOSED';
    input.disabled = closed;
    send.disabled = closed || state.busy;
    human.hidden = closed;
    restart.hidden = !closed;
    if (closed) { ticket.hidden = true; }
  }

  /*
   * Follows the conversation live (a person's replies, a person joining or leaving) over Server-Sent
   * Events. EventSource cannot send the bearer token, so the stream is read with fetch. After a broken
   * connection it reconnects and first catches up with what it missed.
   */
  function follow() {
    if (state.following || !state.conversation || !window.ReadableStream || !window.TextDecoder) { return; }
    state.following = true;
    var conversation = state.conversation;
    var delay = 1000;
    function connect() {
      if (state.conversation !== conversation) { state.following = false; return; }
      fetch(api + '/conversations/' + conversation.id + '/events', {
        headers: { 'Accept': 'text/event-stream', 'Authorization': 'Bearer ' + conversation.token }
      }).then(function (response) {
        if (!response.ok || !response.body) { throw new Error('stream ' + response.status); }
        delay = 1000;
        var reader = response.body.getReader();
        var decoder = new TextDecoder();
        var buffer = '';
        function pump() {
          return reader.read().then(function (chunk) {
            if (chunk.done) { return; }
            buffer += decoder.decode(chunk.value, { stream: true });
            var end;
            while ((end = buffer.indexOf('\n\n')) >= 0) {
              dispatch(buffer.slice(0, end));
              buffer = buffer.slice(end + 2);
            }
            return pump();
          });
        }
        return pump();
      }).catch(function () { return null; }).then(function () {
        if (panel.getAttribute('data-state') === 'CLOSED') { state.following = false; return; }
        setTimeout(function () { catchUp().then(connect, connect); }, delay);
        delay = Math.min(delay * 2, 30000);
      });
    }
    connect();
  }

  function dispatch(block) {
    var name = 'message';
    var data = '';
    block.split('\n').forEach(function (line) {
      if (line.indexOf('event:') === 0) { name = line.slice(6).trim(); }
      if (line.indexOf('data:') === 0) { data += line.slice(5).replace(/^ /, ''); }
    });
    if (!data) { return; }
    var payload;
    try { payload = JSON.parse(data); } catch (e) { return; }
    if (name === 'message') { render(payload); }
    if (name === 'state') { showState(payload.state, payload.banner); }
    if (name === 'draft' && typeof payload.text === 'string') { showDraft(payload.text); }
  }

  function catchUp() {
    return request('GET', '/conversations/' + state.conversation.id).then(function (conversation) {
      conversation.messages.forEach(render);
      showState(conversation.state, conversation.banner);
    });
  }

  function startOver() {
    sessionStorage.removeItem(storageKey);
    state.conversation = null;
    state.following = false;
    state.starting = null;
    log.replaceChildren();
    state.seen = {};
    banner.textContent = state.config.banner;
    showState('BOT', state.config.banner);
    open();
  }

  function offerTicket(fallback) {
    ticket.hidden = fallback !== 'TICKET';
    if (!ticket.hidden) { contactInput.focus(); }
  }

  function askForPerson() {
    if (state.busy) { return; }
    if (!state.conversation) { whenStarted(askForPerson); return; }
    setBusy(true, '');
    request('POST', '/conversations/' + state.conversation.id + '/handoff').then(function (turn) {
      turn.messages.forEach(render);
      setBusy(false, '');
      offerTicket(turn.fallback);
    }, function () { setBusy(false, text('error')); });
  }

  function leaveMessage() {
    if (state.busy || !state.conversation) { return; }
    setBusy(true, '');
    request('POST', '/conversations/' + state.conversation.id + '/ticket',
      { contact: contactInput.value.trim(), text: ticketInput.value.trim() }).then(function (receipt) {
      receipt.messages.forEach(render);
      ticket.hidden = true;
      setBusy(false, '');
    }, function (error) { setBusy(false, error.status === 400 ? error.message : text('error')); });
  }

  function open() {
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    launcher.textContent = text('close');
    if (!state.conversation && !state.starting) {
      state.starting = startConversation().catch(function () { status.textContent = text('error'); state.starting = null; });
    }
    input.focus();
  }

  function hide() {
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    launcher.textContent = text('open');
    launcher.focus();
  }

  launcher.addEventListener('click', function () { if (panel.hidden) { open(); } else { hide(); } });
  close.addEventListener('click', hide);
  human.addEventListener('click', askForPerson);
  restart.addEventListener('click', startOver);
  ticket.addEventListener('submit', function (event) { event.preventDefault(); leaveMessage(); });
  panel.addEventListener('keydown', function (event) { if (event.key === 'Escape') { hide(); } });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var value = input.value.trim();
    if (value) { submit(value); }
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey) { event.preventDefault(); form.requestSubmit(); }
  });

  function mount() {
    document.body.appendChild(host);
    fetch(api + '/widget/config?locale=' + encodeURIComponent(options.locale))
      .then(function (response) { return response.json(); })
      .then(function (config) {
        applyConfig(config);
        if (options.open) { open(); }
      });
  }

  window.HelderWidget = { open: open, close: hide };
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', mount); } else { mount(); }
})();
