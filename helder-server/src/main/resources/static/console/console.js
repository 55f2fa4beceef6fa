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
    HIGH_RISK_TOPIC: 'High-risk matter', FRUSTRATION: 'Frustrated', REPEATED_NO_ANSWER: 'Assistant could not answer',
    EMAIL_REVIEW: 'E-mail to review'
  };
  var CHANNELS = { CHAT: 'Chat', EMAIL: 'E-mail' };

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
      var channel = el('span', 'channel', CHANNELS[item.channel] || 'Chat');
      var time = el('span', 'waited', item.state === 'WAITING_FOR_AGENT' ? waited(item.waitingSince) : (item.mine ? 'You' : item.agent));
      time.dataset.since = item.state === 'WAITING_FOR_AGENT' ? item.waitingSince : '';
      var preview = el('span', 'preview', (item.locale || '').toUpperCase() + ' · '
        + (item.ticket ? 'left a message (' + item.ticket + ') · ' : '') + (item.preview || '(no message yet)'));
      button.append(reason, channel, time, preview);
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
    var facts = [c.state.replace(/_/g, ' ').toLowerCase(), 'language ' + c.locale.toUpperCase(),
      'channel ' + (CHANNELS[c.channel] || 'Chat').toLowerCase()];
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
    renderEmail(c);
  }

  // An e-mail conversation shows its draft beside the thread: approve (as written or edited) or discard.
  function renderEmail(c) {
    var isEmail = c.channel === 'EMAIL';
    document.querySelector('.thread').classList.toggle('with-email', isEmail);
    $('email').hidden = !isEmail;
    document.querySelector('label[for=reply]').textContent = isEmail ? 'Reply to the customer (sent by e-mail)' : 'Reply to the customer';
    if (!isEmail) { state.email = null; return Promise.resolve(); }
    var id = c.conversationId;
    return staff.call('GET', api + '/email/conversations/' + id).then(function (result) {
      if (result.status !== 200 || state.selected !== id) { return; }
      var mail = result.body;
      var draftChanged = !state.email || !mail.draft || !state.email.draft || state.email.draft.id !== mail.draft.id;
      state.email = mail;
      $('email-subject').textContent = 'Subject: ' + (mail.subject || '(none)') + ' · mailbox ' + mail.mailbox;
      var attachments = $('email-attachments');
      attachments.replaceChildren();
      mail.attachments.forEach(function (a) {
        attachments.append(el('li', null, a.name + ' (' + a.type + ', ' + a.size + ' bytes)' + (a.note ? ' · ' + a.note : '')));
      });
      $('email-attachments-block').hidden = mail.attachments.length === 0;
      $('email-quoted').textContent = mail.quoted || '';
      $('email-quoted-block').hidden = !mail.quoted;
      $('draft-form').hidden = !mail.draft;
      $('no-draft').hidden = !!mail.draft;
      if (mail.draft) {
        // Keep what the agent is typing when a live update redraws the conversation.
        if (draftChanged) { $('draft-text').value = mail.draft.body; }
        $('draft-preview').textContent = mail.draft.preview;
        var sources = $('draft-sources');
        sources.replaceChildren();
        mail.draft.sources.forEach(function (source) {
          var item = el('li');
          var link = el('a', null, source.title);
          link.href = source.url;
          link.rel = 'noopener noreferrer';
          link.target = '_blank';
          item.append(link);
          sources.append(item);
        });
      }
      var sent = $('email-sent');
      sent.replaceChildren();
      mail.sent.forEach(function (reply) {
        var item = el('li');
        item.append(el('span', 'who', (reply.author === 'PERSON' ? 'Written by ' : reply.author === 'AI_CHECKED'
          ? 'AI, approved by ' : 'AI, sent automatically') + (reply.author === 'AI' ? '' : (reply.decidedBy || '')) + ' · ' + reply.sentAt));
        item.append(el('pre', 'quoted', reply.text));
        sent.append(item);
      });
      if (mail.sent.length === 0) { sent.append(el('li', 'empty', 'Nothing sent yet.')); }
    });
  }

  function decideDraft(path, body) {
    var mail = state.email;
    if (!mail || !mail.draft) { return; }
    $('conversation-status').textContent = '';
    staff.call('POST', api + '/email/drafts/' + mail.draft.id + path, body).then(function (result) {
      $('conversation-status').textContent = result.status >= 400
        ? ((result.body && (result.body.detail || result.body.title)) || 'That did not work.')
        : (path === '/approve' ? 'The reply was sent.' : 'The draft was discarded.');
      state.email = null;
      return Promise.all([select(state.selected), refreshQueue()]);
    });
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
  $('draft-form').addEventListener('submit', function (event) {
    event.preventDefault();
    decideDraft('/approve', { text: $('draft-text').value });
  });
  $('discard-draft').addEventListener('click', function () { decideDraft('/discard'); });
  $('use-explanation').addEventListener('click', function () { $('reply').value = $('card-explain').textContent; $('reply').focus(); });
  $('reply-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var text = $('reply').value.trim();
    if (!text) { return; }
    act('POST', '/messages', { text: text }).then(function (result) {
      if (result.status !== 201) { return; }
      // The answer may come late: keep what the agent typed since, and do not pull the focus back from where they went.
      if ($('reply').value.trim() === text) { $('reply').value = ''; }
      var at = document.activeElement;
      if (!at || at === document.body || $('reply-form').contains(at)) { $('reply').focus(); }
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
