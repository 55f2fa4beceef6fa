/*
 * Helder chat widget. Embed with one tag:
 *   <script src="https://your-helder-host/widget/helder-widget.js" data-locale="nl" defer></script>
 * Options (data- attributes): data-locale (nl, en, de, fr; default: the browser's language),
 * data-open="true" (open the chat at once, without taking the focus from the page; not on a small screen,
 * where the open chat would cover the whole page).
 *
 * Rules this file keeps: the AI disclosure banner is visible from the first moment the chat is shown;
 * message text is only ever inserted as text (textContent), never as HTML; links are only http(s);
 * WCAG 2.1 AA: the focus only moves when the customer acts, every control has its own name, errors sit
 * next to their field in the widget's language, and news that arrives while the chat is closed is
 * shown on the launcher and announced.
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
  var launcherText = el('span', {});
  // The count is seen on the badge; a screen reader hears it as part of the launcher's name instead.
  var unreadBadge = el('span', { class: 'badge', 'aria-hidden': 'true', hidden: '' });
  var unreadText = el('span', { class: 'visually-hidden' });
  launcher.append(launcherText, unreadBadge, unreadText);
  // Announces news while the panel (and with it the live log) is hidden; outside the panel so it is heard.
  var announcer = el('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite', 'data-testid': 'announcer' });
  var panel = el('div', { id: 'helder-panel', class: 'panel', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'helder-title', hidden: '' });
  var header = el('div', { class: 'header' });
  var title = el('h2', { id: 'helder-title', class: 'title' });
  var close = el('button', { type: 'button', class: 'close' }, '\u00d7');
  var banner = el('p', { class: 'banner', role: 'note', 'data-testid': 'disclosure-banner' });
  var privacy = el('a', { class: 'privacy', target: '_blank', rel: 'noopener' });
  var human = el('button', { type: 'button', class: 'human' });
  // The widget checks the form itself (novalidate) so that errors appear in its language, next to the field.
  var ticket = el('form', { class: 'ticket', hidden: '', novalidate: '' });
  var contactLabel = el('label', { for: 'helder-contact' });
  var contactInput = el('input', { id: 'helder-contact', type: 'text', autocomplete: 'email', 'aria-required': 'true' });
  var contactError = el('p', { id: 'helder-contact-error', class: 'field-error', hidden: '' });
  var ticketLabel = el('label', { for: 'helder-ticket' });
  var ticketInput = el('textarea', { id: 'helder-ticket', rows: '2', 'aria-required': 'true' });
  var ticketError = el('p', { id: 'helder-ticket-error', class: 'field-error', hidden: '' });
  var ticketSend = el('button', { type: 'submit', class: 'send' });
  ticket.append(contactLabel, contactInput, contactError, ticketLabel, ticketInput, ticketError, ticketSend);
  // A log region around a list: the region announces additions, the list keeps its list semantics.
  // It scrolls on its own, so it takes the focus to be scrolled by keyboard.
  var logRegion = el('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions', tabindex: '0' });
  var log = el('ol', { class: 'messages' });
  logRegion.append(log);
  var status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  var form = el('form', { class: 'composer' });
  var label = el('label', { for: 'helder-input', class: 'label' });
  var input = el('textarea', { id: 'helder-input', rows: '2', autocomplete: 'off' });
  var send = el('button', { type: 'submit', class: 'send' });
  var restart = el('button', { type: 'button', class: 'restart', hidden: '' });
  header.append(title, close);
  form.append(label, input, send);
  // Reading and tab order: the conversation, then the message box, then the way to a person.
  panel.append(header, banner, logRegion, status, ticket, restart, form, human, privacy);
  root.append(launcher, announcer, panel);

  // Below this size the open panel fills the screen (see the stylesheet); the two must agree.
  var small = window.matchMedia('(max-width: 480px), (max-height: 560px)');

  var state = { config: null, conversation: null, busy: false, pending: null, seen: {}, following: false, unread: 0, replaying: false,
    queued: null };

  function text(key) { return (state.config && state.config.texts[key]) || key; }

  function request(method, path, body) {
    var headers = { 'Accept': 'application/json' };
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    if (state.conversation) { headers['Authorization'] = 'Bearer ' + state.conversation.token; }
    return fetch(api + path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (response) {
        if (response.status === 204) { return null; }
        return response.json().then(function (json) {
          if (!response.ok) {
            var error = new Error(json.detail || response.statusText);
            error.status = response.status;
            error.type = json.type;
            throw error;
          }
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
    state.lastMessageId = message.id;
    if (message.role !== 'CUSTOMER') { clearDraft(); }
    var item = el('li', { class: 'message ' + message.role.toLowerCase() + ' ' + message.kind.toLowerCase(), 'data-kind': message.kind });
    var body = el('p', { class: 'text' }, message.text);
    // Notices (a person joined, data was made unreadable) come from the service, not from the assistant.
    if (message.kind !== 'NOTICE') { item.append(el('span', { class: 'who' }, author(message))); }
    item.append(body);
    if (message.kind === 'SUGGESTIONS' && message.sources && message.sources.length) {
      item.append(suggestions(message));
    } else if (message.sources && message.sources.length) {
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
    reveal(item, message.role === 'CUSTOMER');
    if (panel.hidden && !state.replaying && message.role !== 'CUSTOMER') { tellWhileClosed(message); }
  }

  /*
   * The articles the assistant offers when it is unsure, as buttons: the customer's pick is answered from that
   * article. Once one is picked, the others are disabled (the choice is made; asking again is a new question).
   */
  function suggestions(message) {
    var list = el('ul', { class: 'suggestions' });
    message.sources.forEach(function (source, index) {
      var button = el('button', { type: 'button', class: 'suggestion' }, source.title);
      button.addEventListener('click', function () { choose(message, index, list); });
      var entry = el('li', {});
      entry.append(button);
      list.append(entry);
    });
    return list;
  }

  function choose(message, index, list) {
    if (state.busy || !state.conversation) { return; }
    list.querySelectorAll('button').forEach(function (button, i) {
      button.disabled = true;
      if (i === index) { button.setAttribute('aria-pressed', 'true'); }
    });
    setBusy(true, text('typing'));
    request('POST', '/conversations/' + state.conversation.id + '/messages/' + message.id + '/choice', { choice: index })
      .then(function (turn) {
        turn.messages.forEach(render);
        setBusy(false, '');
        showState(turn.state);
        input.focus();
      }, function (error) {
        list.querySelectorAll('button').forEach(function (button) { button.disabled = false; button.removeAttribute('aria-pressed'); });
        setBusy(false, error.status === 429 ? text('rate-limited') : text('error'));
      });
  }

  /*
   * Scrolls the conversation so a new message shows, its start first (a long answer is read from the top). The
   * scroller is the log, or on small screens the whole panel, whose bottom the message box covers. Done by hand:
   * scrollIntoView also moves Chromium's Tab starting point into the chat (the page's first Tab would skip all
   * its links) and may scroll the shop's page.
   */
  function reveal(item, atEnd) {
    if (panel.hidden) { return; }
    var scroller = logRegion.scrollHeight > logRegion.clientHeight ? logRegion : panel;
    var view = scroller.getBoundingClientRect();
    var box = item.getBoundingClientRect();
    var bottom = view.bottom - (scroller === panel ? form.offsetHeight : 0);
    if (box.bottom > bottom) {
      scroller.scrollTop += atEnd ? box.bottom - bottom : Math.min(box.bottom - bottom, box.top - view.top);
    } else if (box.top < view.top) {
      scroller.scrollTop -= view.top - box.top;
    }
  }

  /*
   * A person joined or wrote, or the assistant answered, while the panel is closed: the launcher shows how
   * many messages are new, and a live region outside the hidden panel says so (WCAG 4.1.3).
   */
  function tellWhileClosed(message) {
    state.unread += 1;
    showUnread();
    announcer.textContent = text('new-message') + '. ' + (message.kind === 'NOTICE' ? '' : author(message) + ': ') + message.text;
  }

  function showUnread() {
    var count = state.unread;
    unreadBadge.hidden = count === 0;
    unreadBadge.textContent = count === 0 ? '' : count > 9 ? '9+' : String(count);
    unreadText.textContent = count === 0 ? '' : '(' + (count === 1 ? text('unread-one') : text('unread-many').replace('{0}', count)) + ')';
    launcher.classList.toggle('has-unread', count > 0);
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
    reveal(item, true);
  }

  function clearDraft() {
    var item = log.querySelector('li.draft');
    if (item) { item.remove(); }
  }

  function setBusy(busy, message) {
    state.busy = busy;
    send.disabled = busy;
    status.textContent = message || '';
    if (!busy && state.queued) {
      var action = state.queued;
      state.queued = null;
      setTimeout(action, 0); // after the finished request's own focus handling
    }
  }

  // A person asked for, or a message left, while the assistant is answering is carried out once it has: the way to a
  // person never drops a click (the answer may already be on screen from the live stream while the turn is busy).
  function whenIdle(action) {
    state.queued = action;
  }

  function applyConfig(config) {
    state.config = config;
    title.textContent = text('title');
    banner.textContent = config.banner;
    label.textContent = text('input-label');
    input.placeholder = text('placeholder');
    input.maxLength = config.maxMessageChars;
    send.textContent = text('send');
    close.setAttribute('aria-label', text('close-panel'));
    launcherText.textContent = text('open');
    logRegion.setAttribute('aria-label', text('log-label'));
    privacy.textContent = text('privacy');
    human.textContent = text('human');
    restart.textContent = text('new-conversation');
    contactLabel.textContent = text('contact-label');
    ticketLabel.textContent = text('ticket-label');
    ticketSend.textContent = text('ticket-send');
    ticketInput.maxLength = config.maxMessageChars;
    privacy.href = base.origin + '/privacy?locale=' + encodeURIComponent(config.locale);
  }

  function startConversation() {
    var saved = null;
    try { saved = JSON.parse(sessionStorage.getItem(storageKey)); } catch (e) { saved = null; }
    if (saved && saved.id && saved.token) {
      state.conversation = saved;
      return request('GET', '/conversations/' + saved.id).then(function (conversation) {
        replay(conversation.messages);
        showState(conversation.state, conversation.banner);
        offerTicket(conversation.fallback, false);
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
      replay(conversation.messages);
      follow();
      // Evidence that the disclosure was not only sent but shown.
      return request('POST', '/conversations/' + conversation.id + '/disclosure-shown').catch(function () { return null; });
    });
  }

  // Messages the customer has seen before (or the opening disclosure) are not news.
  function replay(messages) {
    state.replaying = true;
    try { messages.forEach(render); } finally { state.replaying = false; }
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
      offerTicket(turn.fallback, true);
      if (ticket.hidden) { input.focus(); }
    }, function (error) {
      clearDraft();
      // The server's problem details are English; the customer reads the widget's own language.
      setBusy(false, error.status === 429 ? text('rate-limited') : text('error'));
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
   * connection it reconnects with the newest message it has as Last-Event-ID, and the server first sends what
   * came after it (the stream may now be served by another node of a cluster).
   */
  function follow() {
    if (state.following || !state.conversation || !window.ReadableStream || !window.TextDecoder) { return; }
    state.following = true;
    var conversation = state.conversation;
    var delay = 1000;
    function connect() {
      if (state.conversation !== conversation) { state.following = false; return; }
      var headers = { 'Accept': 'text/event-stream', 'Authorization': 'Bearer ' + conversation.token };
      if (state.lastMessageId) { headers['Last-Event-ID'] = state.lastMessageId; }
      fetch(api + '/conversations/' + conversation.id + '/events', { headers: headers }).then(function (response) {
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
        setTimeout(function () { (state.lastMessageId ? Promise.resolve() : catchUp()).then(connect, connect); }, delay);
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
    state.lastMessageId = null;
    banner.textContent = state.config.banner;
    showState('BOT', state.config.banner);
    open(true);
  }

  // The focus moves to the form only when the customer's own action brought it up, never on a page load.
  function offerTicket(fallback, byCustomer) {
    ticket.hidden = fallback !== 'TICKET';
    if (!ticket.hidden && byCustomer) { contactInput.focus(); }
  }

  function askForPerson() {
    if (state.busy) { whenIdle(askForPerson); return; }
    if (!state.conversation) { whenStarted(askForPerson); return; }
    setBusy(true, '');
    request('POST', '/conversations/' + state.conversation.id + '/handoff').then(function (turn) {
      turn.messages.forEach(render);
      setBusy(false, '');
      offerTicket(turn.fallback, true);
    }, function () { setBusy(false, text('error')); });
  }

  /* Marks a field invalid with its message (WCAG 3.3.1), or clears it when message is empty. */
  function fieldError(field, error, message) {
    error.textContent = message || '';
    error.hidden = !message;
    if (message) {
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', error.id);
    } else {
      field.removeAttribute('aria-invalid');
      field.removeAttribute('aria-describedby');
    }
  }

  /* Checks what the widget can check itself; the server decides whether the address is a real one. */
  function ticketErrors() {
    fieldError(contactInput, contactError, contactInput.value.trim() ? '' : text('contact-invalid'));
    fieldError(ticketInput, ticketError, ticketInput.value.trim() ? '' : text('ticket-required'));
    var first = [contactInput, ticketInput].filter(function (field) { return field.getAttribute('aria-invalid'); })[0];
    if (first) { first.focus(); }
    return Boolean(first);
  }

  function leaveMessage() {
    if (!state.conversation || ticketErrors()) { return; }
    if (state.busy) { whenIdle(leaveMessage); return; }
    setBusy(true, '');
    request('POST', '/conversations/' + state.conversation.id + '/ticket',
      { contact: contactInput.value.trim(), text: ticketInput.value.trim() }).then(function (receipt) {
      receipt.messages.forEach(render);
      // The form (and the button that had the focus) disappears: the focus goes to the message field rather than
      // being lost to the page, where Escape and the keyboard would no longer reach the widget.
      ticket.hidden = true;
      setBusy(false, '');
      input.focus();
    }, function (error) {
      setBusy(false, error.status === 400 || error.status === 429 ? '' : text('error'));
      var problem = error.type || '';
      if (/invalid-contact$/.test(problem)) {
        fieldError(contactInput, contactError, text('contact-invalid'));
        contactInput.focus();
      } else if (error.status === 400) {
        fieldError(ticketInput, ticketError, text('ticket-invalid'));
        ticketInput.focus();
      } else if (error.status === 429) {
        status.textContent = text('rate-limited');
      }
    });
  }

  /* Opens the panel; moves the focus into it only when the customer asked (takeFocus), never at page load. */
  function open(takeFocus) {
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    launcherText.textContent = text('close');
    // What arrived while it was closed is shown, not left below the fold.
    if (state.unread > 0 && log.lastElementChild) { reveal(log.lastElementChild, false); }
    state.unread = 0;
    showUnread();
    if (!state.conversation && !state.starting) {
      state.starting = startConversation().catch(function () { status.textContent = text('error'); state.starting = null; });
    }
    if (takeFocus !== false) { input.focus(); }
  }

  function hide() {
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    launcherText.textContent = text('open');
    launcher.focus();
  }

  launcher.addEventListener('click', function () { if (panel.hidden) { open(true); } else { hide(); } });
  close.addEventListener('click', hide);
  human.addEventListener('click', askForPerson);
  restart.addEventListener('click', startOver);
  ticket.addEventListener('submit', function (event) { event.preventDefault(); leaveMessage(); });
  contactInput.addEventListener('input', function () { fieldError(contactInput, contactError, ''); });
  ticketInput.addEventListener('input', function () { fieldError(ticketInput, ticketError, ''); });
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
        if (options.open && !small.matches) { open(false); }
      });
  }

  window.HelderWidget = { open: function () { open(true); }, close: hide };
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', mount); } else { mount(); }
})();
