// The agent console. Everything from the server is rendered as text (textContent), never as HTML: the
// transcript is customer input. Live updates come over Server-Sent Events; the API calls carry the CSRF token.
(function () {
  'use strict';
  var staff = window.HelderStaff;
  var api = '/api/v1/agent';
  var state = { me: null, selected: null, view: null, queue: [] };
  var $ = function (id) { return document.getElementById(id); };

  var REASONS = {
    CUSTOMER_BUTTON: 'Asked with the button', HUMAN_REQUEST: 'Asked for a person', COMPLAINT: 'Complaint',
    HIGH_RISK_TOPIC: 'High-risk matter', FRUSTRATION: 'Frustrated', REPEATED_NO_ANSWER: 'Assistant could not answer'
  };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function waited(since) {
    if (!since) { return ''; }
    var seconds = Math.max(0, Math.floor((Date.now() - Date.parse(since)) / 1000));
    var minutes = Math.floor(seconds / 60);
    return minutes + ':' + String(seconds % 60).padStart(2, '0');
  }

  // The queue is redrawn on every live change: the focus stays on the entry it was on, not lost to the page.
  function renderQueue() {
    var focused = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.conversation : null;
    var waiting = $('waiting');
    var taken = $('taken');
    waiting.replaceChildren();
    taken.replaceChildren();
    state.queue.forEach(function (item) {
      var button = el('button');
      button.type = 'button';
      button.dataset.conversation = item.conversationId;
      button.setAttribute('aria-current', String(item.conversationId === state.selected));
      var reason = el('span', 'reason ' + (item.reason || ''), REASONS[item.reason] || 'Handed over');
      var time = el('span', 'waited', item.state === 'WAITING_FOR_AGENT' ? waited(item.waitingSince) : (item.mine ? 'You' : item.agent));
      time.dataset.since = item.state === 'WAITING_FOR_AGENT' ? item.waitingSince : '';
      var preview = el('span', 'preview', (item.locale || '').toUpperCase() + ' · '
        + (item.ticket ? 'left a message (' + item.ticket + ') · ' : '') + (item.preview || '(no message yet)'));
      button.append(reason, time, preview);
      button.addEventListener('click', function () {
        select(item.conversationId).then(function () { $('conversation-title').focus(); });
      });
      var row = el('li');
      row.append(button);
      (item.state === 'WAITING_FOR_AGENT' ? waiting : taken).append(row);
    });
    $('waiting-empty').hidden = waiting.children.length > 0;
    var again = focused && document.querySelector('.queue button[data-conversation="' + focused + '"]');
    if (again) { again.focus(); }
  }

  function refreshQueue() {
    return staff.call('GET', api + '/queue').then(function (result) {
      if (result.status === 200) { state.queue = result.body; renderQueue(); }
    });
  }

  function refreshTickets() {
    return staff.call('GET', api + '/tickets').then(function (result) {
      if (result.status !== 200) { return; }
      var list = $('tickets');
      list.replaceChildren();
      result.body.forEach(function (ticket) {
        var row = el('li');
        row.append(el('strong', null, ticket.reference), document.createTextNode(' · ' + ticket.contact + ' · '),
          el('span', null, REASONS[ticket.reason] || ticket.reason), el('p', null, ticket.message));
        var done = el('button', 'secondary', 'Mark handled');
        done.type = 'button';
        done.addEventListener('click', function () {
          staff.call('POST', api + '/tickets/' + encodeURIComponent(ticket.reference) + '/close').then(refreshTickets);
        });
        row.append(done);
        list.append(row);
      });
      $('tickets-empty').hidden = list.children.length > 0;
    });
  }

  function who(message) {
    if (message.role === 'CUSTOMER') { return 'Customer'; }
    if (message.role === 'AGENT') { return (message.author || 'Agent') + ' (person)'; }
    return message.kind === 'NOTICE' || message.kind === 'HANDOFF' ? 'System' : 'AI assistant';
  }

  function renderConversation() {
    var view = state.view;
    var c = view.conversation;
    $('conversation').hidden = false;
    $('conversation-title').textContent = 'Conversation ' + c.conversationId.slice(0, 8);
    var facts = [c.state.replace(/_/g, ' ').toLowerCase(), 'language ' + c.locale.toUpperCase()];
    if (c.reason) { facts.push('handed over: ' + (REASONS[c.reason] || c.reason)); }
    if (c.agent) { facts.push('claimed by ' + (view.mine ? 'you' : c.agentName)); }
    if (c.outcome) { facts.push('outcome: ' + c.outcome.replace(/_/g, ' ').toLowerCase()); }
    $('conversation-facts').textContent = facts.join(' · ');
    var transcript = $('transcript');
    transcript.replaceChildren();
    c.messages.forEach(function (message) {
      var item = el('li', message.role.toLowerCase() + ' ' + message.kind.toLowerCase());
      item.dataset.kind = message.kind;
      item.append(el('span', 'who', who(message)), el('span', 'text', message.text));
      transcript.append(item);
    });
    transcript.scrollTop = transcript.scrollHeight;
    $('claim').hidden = c.state !== 'WAITING_FOR_AGENT';
    $('hand-back').hidden = !view.mine;
    $('close-conversation').hidden = !view.mine;
    $('outcome').hidden = !view.mine;
    document.querySelector('label[for=outcome]').hidden = !view.mine;
    $('reply-form').hidden = !view.mine;
    renderCard(view.capabilities);
  }

  function renderCard(card) {
    $('card').hidden = false;
    $('card-reason').textContent = card.handoffReason || 'The customer is with the assistant.';
    $('card-reason').hidden = false;
    ['can', 'cannot'].forEach(function (kind) {
      var list = $('card-' + kind);
      list.replaceChildren();
      (kind === 'can' ? card.canDo : card.cannotDo).forEach(function (line) { list.append(el('li', null, line)); });
    });
    $('card-explain').textContent = card.explainToCustomer;
  }

  function select(id) {
    state.selected = id;
    renderQueue();
    return staff.call('GET', api + '/conversations/' + id).then(function (result) {
      if (result.status === 200 && state.selected === id) { state.view = result.body; renderConversation(); }
    });
  }

  function act(method, path, body) {
    var id = state.selected;
    var used = document.activeElement;
    $('conversation-status').textContent = '';
    return staff.call(method, api + '/conversations/' + id + path, body).then(function (result) {
      if (result.status >= 400) {
        $('conversation-status').textContent = (result.body && (result.body.detail || result.body.title)) || 'That did not work.';
      }
      return Promise.all([select(id), refreshQueue()]).then(function () {
        // The button just used may now be hidden (Claim, Close): keep keyboard users in the conversation.
        if (used && used.offsetParent === null && used.closest('#conversation')) { $('conversation-title').focus(); }
        return result;
      });
    });
  }

  $('claim').addEventListener('click', function () {
    act('POST', '/claim').then(function (result) { if (result.status < 400) { $('reply').focus(); } });
  });
  $('hand-back').addEventListener('click', function () { act('POST', '/handback'); });
  $('close-conversation').addEventListener('click', function () { act('POST', '/close', { outcome: $('outcome').value }); });
  $('use-explanation').addEventListener('click', function () { $('reply').value = $('card-explain').textContent; $('reply').focus(); });
  $('reply-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var text = $('reply').value.trim();
    if (!text) { return; }
    act('POST', '/messages', { text: text }).then(function (result) {
      if (result.status === 201) { $('reply').value = ''; $('reply').focus(); }
    });
  });
  $('reply').addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey) { event.preventDefault(); $('reply-form').requestSubmit(); }
  });

  function connect() {
    var events = new EventSource(api + '/events');
    events.addEventListener('open', function () {
      $('presence').textContent = 'Online: customers can reach you';
      $('presence').classList.remove('offline');
      refreshQueue();
      refreshTickets();
    });
    events.addEventListener('conversation', function (event) {
      var change = JSON.parse(event.data);
      refreshQueue();
      refreshTickets();
      if (change.conversationId === state.selected) { select(state.selected); }
    });
    events.addEventListener('tickets', refreshTickets);
    events.addEventListener('error', function () {
      $('presence').textContent = 'Offline: reconnecting…';
      $('presence').classList.add('offline');
      if (events.readyState === EventSource.CLOSED) {
        // The server refused the stream (e.g. the session ended): check the session, then try again.
        staff.load().then(function () { setTimeout(connect, 3000); });
      }
    });
  }

  setInterval(function () {
    document.querySelectorAll('.queue .waited').forEach(function (node) {
      if (node.dataset.since) { node.textContent = waited(node.dataset.since); }
    });
  }, 1000);

  staff.load().then(function (me) {
    state.me = me;
    $('me').textContent = me.displayName + ' (' + me.roles.join(', ').toLowerCase() + ')';
    $('admin-link').hidden = me.roles.indexOf('ADMIN') < 0;
    connect();
  });
})();
