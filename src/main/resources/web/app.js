// Operator console: plain JavaScript over the REST API. All server text is inserted as text or escaped.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const state = { token: sessionStorage.getItem('chat.token'), me: null, session: null, sessions: [] };
  const ROLE = { admin: 'администратор', analyst: 'аналитик', operator: 'оператор', guest: 'гость' };
  const CLEARANCE = { public: 'открытый', internal: 'служебный', confidential: 'конфиденциальный', secret: 'секретный' };
  const INTENT = { general_query: 'вопрос по существу', request_sources: 'запрос источников', justify_answer: 'обоснование',
    scenario_analysis: 'анализ сценария', status_check: 'текущее состояние', explain_terms: 'термин', timeline: 'хронология',
    report: 'сводка', chitchat: 'беседа' };
  const STATUS = { active: 'активна', closed: 'закрыта', expired: 'закрыта по простою' };
  const TYPE = { document: 'документ', table: 'таблица', image: 'изображение', events: 'журнал событий', record: 'запись' };

  // «в ПВР — ПВР № 3», but «в ПВР», not «в ПВР — ПВР»: the object is named only when the label does not name it already.
  function figureName(label, entity, open = ' — ', close = '') {
    return entity && !label.includes(entity) ? label + open + entity + close : label;
  }

  function escapeHtml(s) {
    return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  // Times are shown in the service's zone (CHAT_TIMEZONE, from /chat/health), labelled, whatever the browser's zone is.
  function when(iso) {
    if (!iso) return '';
    const zone = state.zone || 'Europe/Moscow';
    return `${new Date(iso).toLocaleString('ru-RU', { dateStyle: 'short', timeStyle: 'short', timeZone: zone })} ${zoneLabel(iso)}`;
  }

  // ISO times in a source's text (a table row's «date_time: 2026-04-12T20:00:00+03:00») are shown as every other time:
  // «12.04.2026, 20:00 МСК», in the service zone; one without an offset is already the service zone's wall time; a bare
  // ISO day is «12.04.2026». Not inside a name («svodka-2026-04-12-0800.md»).
  const ISO_TIME = /(?<![\p{L}\p{N}_-])(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?(?![\p{L}\p{N}_-]|:\d)/gu;

  function isoTimeShown(all, y, mo, d, h, mi, offset) {
    if (h === undefined) { return `${d}.${mo}.${y}`; }
    if (offset) { return when(`${y}-${mo}-${d}T${h}:${mi}:00${offset === 'Z' ? 'Z' : offset.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')}`); }
    return `${d}.${mo}.${y}, ${h}:${mi} ${zoneLabel(`${y}-${mo}-${d}T${h}:${mi}:00Z`)}`;
  }

  /** {@code text} with its ISO times shown as in the console, and highlight ranges into it moved with them. */
  function readable(text, ranges) {
    const subs = [];
    const out = String(text ?? '').replace(ISO_TIME, (all, y, mo, d, h, mi, offset, at) => {
      const shown = isoTimeShown(all, y, mo, d, h, mi, offset);
      subs.push([at, at + all.length, shown.length]);
      return shown;
    });
    const move = (p, end) => {
      let delta = 0;
      for (const [s, e, n] of subs) {
        if (p >= e) { delta += n - (e - s); } else if (p > s) { return s + delta + (end ? n : 0); } else { break; }
      }
      return p + delta;
    };
    return { text: out, ranges: (ranges || []).map(([s, e]) => [move(s, false), move(e, true)]) };
  }

  // The error bar is a line of its own above the header, never over the navigation or a button: the views shrink by its
  // height while it is shown; on a scrolled phone page it is brought into sight. A click hides it at once.
  function showError(message) {
    const box = $('alert');
    box.textContent = message;
    box.hidden = false;
    document.documentElement.style.setProperty('--alert-h', box.offsetHeight + 'px');
    if (box.getBoundingClientRect().top < 0) { box.scrollIntoView({ block: 'start' }); }
    clearTimeout(showError.timer);
    showError.timer = setTimeout(hideError, 7000);
  }

  function hideError() {
    clearTimeout(showError.timer);
    $('alert').hidden = true;
    document.documentElement.style.removeProperty('--alert-h');
  }
  $('alert').addEventListener('click', hideError);

  const SIGNED_OUT = 'Токен недействителен или отозван. Войдите снова.';
  const MESSAGES = { 401: SIGNED_OUT, 403: 'Недостаточно прав для этого действия.',
    404: 'Не найдено.', 409: 'Сессия закрыта или исчерпан предел вопросов.', 413: 'Слишком большой запрос.',
    429: 'Слишком много запросов — подождите немного.' };

  class ApiError extends Error {
    constructor(status, message) { super(message); this.status = status; }
  }

  async function api(method, path, body) {
    let response;
    try {
      response = await fetch(path, { method, headers: { 'Authorization': 'Bearer ' + state.token,
        ...(body && !(body instanceof FormData) ? { 'Content-Type': 'application/json' } : {}) },
        body: body instanceof FormData ? body : body ? JSON.stringify(body) : undefined });
    } catch (e) {
      throw new ApiError(0, 'Сервер недоступен. Проверьте соединение.');
    }
    const envelope = await response.json().catch(() => null);
    if (!response.ok || !envelope || !envelope.ok) {
      // A 401 is told to people in their words, not the header the server expects.
      const message = response.status === 401 ? SIGNED_OUT : (envelope && envelope.error) || MESSAGES[response.status] || 'Ошибка ' + response.status;
      if (response.status === 401) { signOut(); }
      throw new ApiError(response.status, message);
    }
    return envelope.payload;
  }

  // ---------- sign-in ----------
  async function signIn(token) {
    state.token = token;
    try {
      state.me = await api('GET', '/chat/users/me');
    } catch (e) {
      state.token = null;
      showError(e.status === 401 ? SIGNED_OUT : e.message);
      return;
    }
    try {
      state.zone = (await api('GET', '/chat/health')).timezone;
    } catch (e) {
      state.zone = null;
    }
    sessionStorage.setItem('chat.token', token);
    hideError();
    $('signin').hidden = true;
    $('app').hidden = false;
    $('me').textContent = `${state.me.display_name} · ${ROLE[state.me.role] || state.me.role} · допуск: ${CLEARANCE[state.me.clearance]}`;
    $('nav-knowledge').hidden = !['admin', 'analyst'].includes(state.me.role);
    $('nav-monitoring').hidden = state.me.role !== 'admin';
    show('board');
    await loadSessions();
  }

  function signOut() {
    sessionStorage.removeItem('chat.token');
    state.token = null; state.me = null; state.session = null;
    $('app').hidden = true;
    $('signin').hidden = false;
    $('token-input').value = '';
  }

  const VIEWS = ['board', 'shift', 'chat', 'knowledge', 'monitoring'];

  function show(view) {
    for (const name of VIEWS) {
      $('view-' + name).hidden = name !== view;
    }
    document.querySelectorAll('.nav').forEach((b) => b.setAttribute('aria-current', b.dataset.view === view ? 'page' : 'false'));
    if (view === 'knowledge') { renderUploadAccess(); searchSources(); }
    if (view === 'monitoring') { loadMonitoring(); }
    if (view === 'board') { loadBoard(); }
    if (view === 'shift') { loadShift(); }
    if (view === 'chat') { fitHint(); }
  }

  // ---------- sessions ----------
  async function loadSessions() {
    try {
      state.sessions = (await api('GET', '/chat/sessions')).sessions;
    } catch (e) { showError(e.message); return; }
    const list = $('session-list');
    list.replaceChildren();
    for (const s of state.sessions) {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.dataset.session = s.session_id;
      b.setAttribute('aria-current', String(state.session && state.session.session_id === s.session_id));
      b.append(s.title);
      const meta = document.createElement('span');
      meta.className = 'meta';
      meta.textContent = `${STATUS[s.status] || s.status} · ${when(s.last_activity_at)}`;
      b.append(meta);
      b.addEventListener('click', () => openSession(s.session_id));
      li.append(b);
      list.append(li);
    }
  }

  async function newSession() {
    try {
      const s = await api('POST', '/chat/sessions', { title: 'Сессия ' + when(new Date().toISOString()) });
      await loadSessions();
      await openSession(s.session_id);
    } catch (e) { showError(e.message); }
  }

  async function openSession(id) {
    let history;
    try {
      state.session = await api('GET', '/chat/sessions/' + id);
      history = await api('GET', `/chat/sessions/${id}/history?limit=100`);
    } catch (e) { showError(e.message); return; }
    $('session-title').textContent = state.session.title;
    $('messages').replaceChildren();
    let question = '';
    for (const turn of history.history) {
      if (turn.role === 'user') { addUserMessage(turn.content); question = turn.content; } else { addAnswer(turn, [], question); }
    }
    setComposer(state.session.status === 'active');
    $('download-report').disabled = false;
    $('close-session').disabled = state.session.status !== 'active';
    await loadSessions();
  }

  /** Hints for the question box, longest first: the longest that fits the box is shown (a phone gets a short one). */
  const HINTS = {
    open: ['Задайте вопрос… (Enter — отправить, Shift+Enter — новая строка)', 'Задайте вопрос… (Enter — отправить)', 'Задайте вопрос…'],
    closed: ['Сессия закрыта — только чтение. Начните новую сессию.', 'Сессия закрыта — только чтение.'],
  };

  function setComposer(open) {
    $('question').disabled = !open;
    $('send').disabled = !open;
    state.hints = open ? HINTS.open : HINTS.closed;
    fitHint();
  }

  /** Shows the longest hint whose text fits the question box without scrolling; needs the box drawn. */
  function fitHint() {
    const box = $('question');
    const hints = state.hints || HINTS.open;
    if (box.clientWidth === 0 || box.value) { box.placeholder = hints[hints.length - 1]; return; }
    box.placeholder = hints.find((hint) => {
      box.value = hint;
      const fits = box.scrollHeight <= box.clientHeight + 1 && box.scrollWidth <= box.clientWidth + 1;
      box.value = '';
      return fits;
    }) || hints[hints.length - 1];
  }

  async function closeSession() {
    if (!state.session) { return; }
    if (!await confirmAction(`Закрыть сессию «${state.session.title}»? Новые вопросы в ней будут невозможны, история останется.`, 'Закрыть сессию')) { return; }
    try {
      await api('POST', `/chat/sessions/${state.session.session_id}/close`);
      await openSession(state.session.session_id);
    } catch (e) { showError(e.message); }
  }

  /** Asks before an action that cannot be undone; resolves true only on the confirming button. */
  function confirmAction(text, confirmLabel) {
    const dialog = $('confirm');
    $('confirm-text').textContent = text;
    $('confirm-ok').textContent = confirmLabel;
    dialog.returnValue = '';
    dialog.showModal();
    $('confirm-cancel').focus();
    return new Promise((resolve) => dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true }));
  }

  function downloadReport() {
    const id = state.session.session_id;
    return downloadFile(`/chat/sessions/${id}/report`, `session-${id}.md`);
  }

  async function downloadFile(path, name) {
    const response = await fetch(path, { headers: { 'Authorization': 'Bearer ' + state.token } });
    if (!response.ok) { showError('Не удалось получить файл.'); return; }
    const url = URL.createObjectURL(await response.blob());
    const a = Object.assign(document.createElement('a'), { href: url, download: name });
    document.body.append(a); a.click(); a.remove(); URL.revokeObjectURL(url);
  }

  // ---------- messages ----------
  function addUserMessage(text) {
    const li = document.createElement('li');
    li.className = 'msg user';
    li.textContent = text;
    $('messages').append(li);
    li.scrollIntoView({ block: 'end' });
  }

  /** Minimal, safe Markdown: the text is escaped first; then headings, bold, lists, paragraphs and [n] chips. */
  function markdown(text, refs) {
    const lines = escapeHtml(text).split('\n');
    let html = '';
    let inList = false;
    for (const raw of lines) {
      let line = raw.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
        .replace(/\[(\d+)\]/g, (m, n) => refs.has(Number(n)) ? `<button class="chip" data-ref="${n}" aria-label="Источник ${n}">${n}</button>` : m);
      if (/^- /.test(line)) {
        if (!inList) { html += '<ul>'; inList = true; }
        html += '<li>' + line.slice(2) + '</li>';
        continue;
      }
      if (inList) { html += '</ul>'; inList = false; }
      if (/^#{1,3} /.test(line)) { html += '<h3>' + line.replace(/^#+ /, '') + '</h3>'; } else if (line.trim()) { html += '<p>' + line + '</p>'; }
    }
    return html + (inList ? '</ul>' : '');
  }

  function confidenceBadge(c) {
    const level = c >= 0.7 ? ['high', 'высокая'] : c >= 0.4 ? ['mid', 'средняя'] : ['low', 'низкая'];
    const span = document.createElement('span');
    span.className = 'badge ' + level[0];
    span.textContent = 'уверенность: ' + level[1];
    span.title = 'Оценка вероятности, что ответ верен: ' + c.toFixed(2);
    return span;
  }

  function addAnswer(turn, suggestions, question) {
    const li = document.createElement('li');
    li.className = 'msg assistant';
    li.dataset.turn = turn.turn_id;
    const citations = turn.references || turn.citations || [];
    const refs = new Map(citations.map((c) => [c.ref, c]));
    const body = document.createElement('div');
    body.className = 'answer-text';
    body.innerHTML = markdown(turn.response ?? turn.content, refs);
    body.querySelectorAll('.chip').forEach((chip) => chip.addEventListener('click',
      () => showSource(refs.get(Number(chip.dataset.ref)), question, citedSentence(chip))));
    li.append(body);
    const badges = document.createElement('div');
    badges.className = 'badges';
    if (turn.confidence !== null && turn.confidence !== undefined) { badges.append(confidenceBadge(turn.confidence)); }
    const intentCode = typeof turn.intent === 'object' && turn.intent ? turn.intent.intent : turn.intent;
    if (intentCode) {
      const intent = document.createElement('span');
      intent.className = 'intent';
      intent.textContent = 'намерение: ' + (INTENT[intentCode] || intentCode);
      badges.append(intent);
    }
    const links = turn.links || (turn.about ? [turn.about] : []);
    for (const link of links) {
      const entity = link.kind === 'entity';
      const a = inlineLink((entity ? 'Объект: ' : 'Происшествие: ') + link.title, async () => {
        show('board');
        if (entity) { state.openedIncident = null; }
        await (entity ? openEntity(link.id) : openIncident(link.id));
      }, 'about-link');
      a.dataset.kind = link.kind;
      a.dataset.id = link.id;
      a.title = entity ? 'Открыть карточку объекта' : 'Открыть карточку происшествия, по которому дан ответ';
      badges.append(a);
    }
    li.append(badges);
    if (suggestions.length) {
      const box = document.createElement('div');
      box.className = 'suggestions';
      for (const s of suggestions) {
        const b = document.createElement('button');
        b.textContent = s;
        b.addEventListener('click', () => ask(s));
        box.append(b);
      }
      li.append(box);
    }
    li.append(feedbackBox(turn.turn_id));
    $('messages').append(li);
    li.scrollIntoView({ block: 'end' });
    return li;
  }

  /** Rating buttons and a small «Комментарий» toggle that opens the comment field only when asked for. */
  function feedbackBox(turnId) {
    const box = document.createElement('div');
    box.className = 'feedback';
    const comment = Object.assign(document.createElement('textarea'), { rows: 2, placeholder: 'Что не так или что полезно (необязательно)', maxLength: 2000 });
    comment.setAttribute('aria-label', 'Комментарий к ответу');
    const send = async (score, button) => {
      try {
        await api('POST', '/chat/feedback', { turn_id: turnId, score, comment: comment.value || null });
        box.querySelectorAll('.rate').forEach((b) => b.setAttribute('aria-pressed', String(b === button)));
        box.dataset.sent = String(score);
        return true;
      } catch (e) { showError(e.message); return false; }
    };
    const up = Object.assign(document.createElement('button'), { className: 'rate', textContent: 'Полезно', title: 'Полезный ответ' });
    const down = Object.assign(document.createElement('button'), { className: 'rate', textContent: 'Неверно', title: 'Неверный или бесполезный ответ' });
    up.setAttribute('aria-label', 'Оценить ответ положительно');
    down.setAttribute('aria-label', 'Оценить ответ отрицательно');
    up.addEventListener('click', () => send(1, up));
    down.addEventListener('click', () => send(-1, down));
    const toggle = Object.assign(document.createElement('button'), { className: 'link comment-toggle', textContent: 'Комментарий' });
    toggle.setAttribute('aria-expanded', 'false');
    const panel = Object.assign(document.createElement('div'), { className: 'comment-panel', hidden: true });
    const note = Object.assign(document.createElement('span'), { className: 'meta' });
    const submit = Object.assign(document.createElement('button'), { textContent: 'Отправить комментарий' });
    submit.addEventListener('click', async () => {
      if (!box.dataset.sent) { note.textContent = 'Сначала оцените ответ: «Полезно» или «Неверно».'; return; }
      const pressed = box.querySelector('.rate[aria-pressed="true"]');
      if (await send(Number(box.dataset.sent), pressed)) { note.textContent = 'Комментарий отправлен.'; }
    });
    panel.append(comment, submit, note);
    toggle.addEventListener('click', () => {
      panel.hidden = !panel.hidden;
      toggle.setAttribute('aria-expanded', String(!panel.hidden));
      if (!panel.hidden) { comment.focus(); }
    });
    box.append(up, down, toggle, panel);
    return box;
  }

  /** The sentence of the answer that a citation mark ends: the text after the previous mark or sentence end, up to this chip. */
  function citedSentence(chip) {
    const block = chip.closest('p, li, h3') || chip.parentElement;
    let text = '';
    for (const node of block.childNodes) {
      if (node === chip) { break; }
      if (node.nodeType === Node.ELEMENT_NODE && node.classList.contains('chip')) { text = ''; continue; }
      text += node.textContent;
    }
    const parts = text.split(/(?<=[.!?…])\s+(?=[А-ЯЁA-Z0-9«])/);
    return (parts[parts.length - 1] || '').trim();
  }

  /** The sentence of the source text that holds the cited words (all parts of an answer sentence shortened with «…»). */
  function sourceSentence(text, cited) {
    const norm = (s) => s.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
    const pieces = cited.replace(/\[\d+\]/g, '').split('…').map((p) => norm(p).replace(/^[\s,.;:—-]+|[\s,.;:—-]+$/g, '')).filter((p) => p.length >= 12);
    if (!pieces.length) { return null; }
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      const n = norm(sentence);
      if (pieces.every((p) => n.includes(p))) { return sentence.trim(); }
    }
    return null;
  }

  async function showSource(citation, question, cited) {
    if (!citation) { return; }
    const card = $('source-card');
    const body = $('source-body');
    let sentence = sourceSentence(citation.snippet, cited || '');
    body.innerHTML = `<h3>${escapeHtml(citation.title)}</h3>
      <p class="meta">${escapeHtml(TYPE[citation.type] || citation.type || '')}${citation.location ? ' · ' + escapeHtml(citation.location) : ''}${citation.observed_at ? ' · ' + escapeHtml(when(citation.observed_at)) : ''}</p>
      <blockquote id="source-quote"></blockquote>
      <button class="link" id="source-open">Открыть источник целиком</button><div id="source-fragments"></div>`;
    const quote = (raw) => { const text = readable(raw).text; $('source-quote').innerHTML = highlighted(text, matches(text, question)); };
    quote(sentence || citation.snippet);
    card.hidden = false;
    $('view-chat').classList.add('with-card');
    let doc = null;
    const load = async () => { doc = doc || await api('GET', '/chat/documents/' + encodeURIComponent(citation.source_id)); return doc; };
    if (!sentence && cited) {
      // The snippet kept for the citation may be another part of the fragment: look for the cited sentence in the source itself.
      try {
        const d = await load();
        const fragments = d.fragments.filter((f) => !citation.location || f.location === citation.location).concat(d.fragments);
        for (const f of fragments) {
          sentence = sourceSentence(f.text, cited);
          if (sentence) { quote(sentence); break; }
        }
      } catch (e) { /* the snippet stays */ }
    }
    $('source-open').addEventListener('click', async () => {
      try {
        const whole = await load();
        const parts = whole.fragments.map((f) => {
          const p = document.createElement('p');
          p.textContent = (f.location ? '[' + f.location + '] ' : '') + readable(f.text).text;
          return p;
        });
        if (whole.source.origin.startsWith('upload:')) {
          const download = Object.assign(document.createElement('button'), { className: 'link', textContent: 'Скачать исходный файл' });
          download.addEventListener('click', () => downloadFile('/chat/documents/' + encodeURIComponent(citation.source_id) + '/original',
            whole.source.origin.split('/').pop()));
          parts.unshift(download);
        }
        $('source-fragments').replaceChildren(...parts);
      } catch (e) { showError(e.message); }
    });
  }

  // ---------- asking (streamed) ----------
  async function ask(text) {
    if (!state.session || !text.trim()) { return; }
    const input = $('question');
    addUserMessage(text);
    const pending = document.createElement('li');
    pending.className = 'msg assistant streaming';
    pending.setAttribute('aria-busy', 'true');
    $('messages').append(pending);
    $('send').disabled = true;
    try {
      const response = await fetch(`/chat/sessions/${state.session.session_id}/ask?stream=true`, { method: 'POST',
        headers: { 'Authorization': 'Bearer ' + state.token, 'Content-Type': 'application/json' },
        body: JSON.stringify({ user_message: text }) });
      if (!response.ok) {
        const envelope = await response.json().catch(() => null);
        if (response.status === 401) { signOut(); throw new ApiError(401, SIGNED_OUT); }
        throw new ApiError(response.status, (envelope && envelope.error) || MESSAGES[response.status] || 'Ошибка');
      }
      const final = await readEvents(response, (sentence) => { pending.textContent += (pending.textContent ? ' ' : '') + sentence; });
      pending.remove();
      addAnswer(final, final.suggestions || [], text);
      if (input.value === text) { input.value = ''; fitHint(); }
      await loadSessions();
    } catch (e) {
      pending.remove();
      $('messages').lastElementChild?.remove();
      showError(e.message || 'Не удалось отправить вопрос.');
    } finally {
      $('send').disabled = $('question').disabled;
    }
  }

  async function readEvents(response, onSentence) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    let final = null;
    for (;;) {
      const { done, value } = await reader.read();
      if (value) { buffer += decoder.decode(value, { stream: true }); }
      let cut;
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = JSON.parse(/^data: (.*)$/m.exec(block)?.[1] || 'null');
        if (event === 'sentence') { onSentence(data.text); }
        if (event === 'done') { final = data.payload; }
      }
      if (done) { break; }
    }
    if (!final) { throw new ApiError(0, 'Ответ прерван.'); }
    return final;
  }

  // ---------- knowledge ----------
  function renderUploadAccess() {
    const editor = ['admin', 'analyst'].includes(state.me.role);
    $('dropzone').parentElement.hidden = !editor;
  }

  function upload(files) {
    if (!files.length) { return; }
    const form = new FormData();
    for (const f of files) { form.append('file', f, f.name); }
    form.append('access', $('upload-access').value);
    form.append('tags', $('upload-tags').value);
    const xhr = new XMLHttpRequest();
    const progress = $('upload-progress');
    progress.hidden = false; progress.value = 0;
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) { progress.value = 100 * e.loaded / e.total; } };
    xhr.onload = () => {
      progress.hidden = true;
      const envelope = JSON.parse(xhr.responseText || 'null');
      if (xhr.status === 409 && envelope && envelope.error) {
        $('upload-results').append(Object.assign(document.createElement('li'), { className: 'refused', textContent: '✗ ' + envelope.error }));
        return;
      }
      if (!envelope || !envelope.ok) { showError(xhr.status === 401 ? SIGNED_OUT : (envelope && envelope.error) || MESSAGES[xhr.status] || 'Загрузка не удалась'); return; }
      const list = $('upload-results');
      for (const f of envelope.payload.files) {
        const li = document.createElement('li');
        li.textContent = f.error ? `✗ ${f.file}: ${f.error}` : `✓ ${f.file}: добавлено ${f.added}, обновлено ${f.updated}, без изменений ${f.unchanged}, фрагментов ${f.fragments}`;
        if (f.error) { li.className = 'refused'; }
        list.append(li);
      }
      searchSources();
    };
    xhr.onerror = () => { progress.hidden = true; showError('Сервер недоступен.'); };
    xhr.open('POST', '/chat/documents');
    xhr.setRequestHeader('Authorization', 'Bearer ' + state.token);
    xhr.send(form);
  }

  async function searchSources() {
    const q = $('search-q').value.trim();
    const params = new URLSearchParams();
    const type = $('search-type').value;
    if (type) { params.set('type', type); }
    $('search-zone').textContent = zoneLabel();
    try {
      const from = wallTime('search-from'), to = wallTime('search-to', true);
      if (from) { params.set('from', from); }
      if (to) { params.set('to', to); }
    } catch (e) { showError(e.message); return; }
    if ($('search-tag').value.trim()) { params.set('tag', $('search-tag').value.trim()); }
    const list = $('search-results');
    try {
      if (q) {
        params.set('q', q); params.set('k', '20');
        const hits = (await api('GET', '/chat/search?' + params)).hits;
        list.replaceChildren(...hits.map(hitItem));
      } else {
        const sources = (await api('GET', '/chat/documents?' + params)).sources;
        list.replaceChildren(...sources.map(sourceItem));
      }
    } catch (e) { showError(e.message); }
  }

  function highlighted(text, ranges) {
    let html = '';
    let at = 0;
    for (const [start, end] of ranges || []) {
      html += escapeHtml(text.slice(at, start)) + '<mark>' + escapeHtml(text.slice(start, end)) + '</mark>';
      at = end;
    }
    return html + escapeHtml(text.slice(at));
  }

  /** Ranges of the snippet's words that share a 5-letter start with a word of the question. */
  function matches(text, question) {
    const stems = new Set((question || '').toLowerCase().match(/[\p{L}\p{N}]{4,}/gu)?.map((w) => w.slice(0, 5)) || []);
    const ranges = [];
    for (const m of text.matchAll(/[\p{L}\p{N}]{4,}/gu)) {
      if (stems.has(m[0].toLowerCase().slice(0, 5))) { ranges.push([m.index, m.index + m[0].length]); }
    }
    return ranges;
  }

  function hitItem(h) {
    const li = document.createElement('li');
    li.innerHTML = `<strong>${escapeHtml(h.title)}</strong>
      <div class="meta">${escapeHtml(TYPE[h.type] || h.type)}${h.location ? ' · ' + escapeHtml(h.location) : ''}${h.observed_at ? ' · ' + escapeHtml(when(h.observed_at)) : ''} · оценка ${h.score}</div>
      <p>${((r) => highlighted(r.text, r.ranges))(readable(h.snippet, h.highlights))}</p>`;
    return li;
  }

  function sourceItem(s) {
    const li = document.createElement('li');
    li.innerHTML = `<strong>${escapeHtml(s.title)}</strong>
      <div class="meta">${escapeHtml(TYPE[s.type] || s.type)} · ${escapeHtml(CLEARANCE[s.access] || s.access)}${s.observed_at ? ' · ' + escapeHtml(when(s.observed_at)) : ''} · фрагментов ${s.fragment_count}${s.tags.length ? ' · метки: ' + escapeHtml(s.tags.join(', ')) : ''}</div>`;
    return li;
  }

  // ---------- monitoring ----------
  async function loadMonitoring() {
    try {
      const w = await api('GET', '/chat/watchdog');
      const facts = [['Проверено', when(w.checked_at)], ['Закрыто по простою сейчас', w.expired_sessions.length],
        ['Вопросов без ответа', w.unanswered_questions],
        ['Отзывов всего / отрицательных', `${w.feedback_all.count} / ${w.feedback_all.negative}`],
        ['Отзывов за сутки', w.feedback_recent.count],
        ['Цепочка аудита', w.audit_chain.intact ? `цела (${w.audit_chain.checked} записей)` : 'НАРУШЕНА: ' + w.audit_chain.problem],
        ['Индекс и база', w.search_index.index_fragments === w.search_index.database_fragments ? 'согласованы' : 'расходятся']];
      $('watchdog').replaceChildren(...facts.flatMap(([k, v]) => {
        const dt = document.createElement('dt'); dt.textContent = k;
        const dd = document.createElement('dd'); dd.textContent = String(v);
        return [dt, dd];
      }));
      const report = await api('GET', '/chat/report?limit=60');
      const snaps = report.snapshots.slice().reverse().concat([report.live]);
      $('charts').replaceChildren(
        chart('Вопросов за окно', snaps, 'asks_in_window'),
        chart('Задержка ответа p95, мс', snaps, 'latency_p95_ms'),
        chart('Средняя уверенность', snaps, 'confidence_mean'),
        chart('Средняя оценка ответов (0–1)', snaps, 'feedback_mean'));
    } catch (e) { showError(e.message); }
  }

  function chart(title, snaps, key) {
    const values = snaps.map((s) => s.values[key]).filter((v) => typeof v === 'number');
    const box = document.createElement('figure');
    box.className = 'chart';
    const w = 300, h = 80;
    const max = Math.max(1e-9, ...values);
    const y = (v) => (h - 6 - (v / max) * (h - 12)).toFixed(1);
    const points = values.map((v, i) => `${(values.length === 1 ? w / 2 : 4 + (i / (values.length - 1)) * (w - 8)).toFixed(1)},${y(v)}`);
    // One snapshot draws no line: it is shown as a dot, and the caption says so (an empty box looked like nothing works).
    const marks = values.length === 1 ? `<circle cx="${w / 2}" cy="${y(values[0])}" r="4" fill="#1f5fbf"/>`
      : `<polyline fill="none" stroke="#1f5fbf" stroke-width="2" points="${points.join(' ')}"/>`;
    const note = values.length === 0 ? 'замеров пока нет' : values.length === 1 ? 'пока один замер' : `замеров: ${values.length}`;
    box.innerHTML = `<h3>${escapeHtml(title)}</h3><svg viewBox="0 0 ${w} ${h}" width="100%" height="${h}" role="img" aria-label="${escapeHtml(title)}">
      <line x1="0" x2="${w}" y1="${h - 6}" y2="${h - 6}" stroke="#dde1e7"/>${marks}</svg>
      <figcaption>последнее: ${values.length ? values[values.length - 1].toLocaleString('ru-RU', { maximumFractionDigits: 2 }) : '—'} · ${note}</figcaption>`;
    return box;
  }

  // ---------- situation board ----------
  const EVENT = { fire: 'пожар', explosion: 'взрыв', collapse: 'обрушение', flood: 'наводнение', power_outage: 'отключение электроэнергии',
    utility_outage: 'коммунальная авария', road_accident: 'ДТП', air_crash: 'авиакатастрофа', rail_accident: 'авария на железной дороге',
    water_accident: 'происшествие на воде', poisoning: 'отравление', gas_leak: 'утечка', evacuation: 'эвакуация',
    road_closure: 'перекрытие дороги', storm: 'непогода', earthquake: 'землетрясение', landslide: 'оползень' };
  const KIND = { settlement: 'населённый пункт', district: 'район', region: 'регион', river: 'река', street: 'улица', road: 'дорога',
    object: 'объект', organisation: 'организация', person: 'человек' };
  const FRESH_HOURS = 6;

  function el(tag, props, ...children) {
    const node = Object.assign(document.createElement(tag), props || {});
    node.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
    return node;
  }

  /** A link inside running text that acts on click (wraps with the text, unlike a button); Enter works as on any link. */
  function inlineLink(text, onClick, className) {
    const a = el('a', { href: '#', className: 'inline-link' + (className ? ' ' + className : ''), textContent: text });
    a.addEventListener('click', (e) => { e.preventDefault(); onClick(); });
    return a;
  }

  /** «свежее» when the last report is under six hours old, else «давно», with the age in words. */
  function freshness(iso) {
    if (!iso) { return el('span', { className: 'fresh old', textContent: 'без даты' }); }
    const hours = (Date.now() - new Date(iso).getTime()) / 3600e3;
    const age = hours < 1 ? 'меньше часа назад' : hours < 48 ? `${Math.floor(hours)} ч назад` : `${Math.floor(hours / 24)} сут назад`;
    const fresh = hours < FRESH_HOURS;
    return el('span', { className: 'fresh ' + (fresh ? 'new' : 'old'), textContent: fresh ? 'свежее' : 'давно',
      title: `Последнее сообщение ${age}; «свежее» — моложе ${FRESH_HOURS} ч` });
  }

  function filterQuery(since) {
    const params = new URLSearchParams({ limit: '100' });
    if ($('board-type').value) { params.set('type', $('board-type').value); }
    if ($('board-place').value.trim()) { params.set('place', $('board-place').value.trim()); }
    if (since) { params.set('since', since); }
    return params;
  }

  async function loadBoard() {
    let incidents;
    try {
      $('board-zone').textContent = zoneLabel();
      incidents = (await api('GET', '/chat/incidents?' + filterQuery(wallTime('board-since')))).incidents;
    } catch (e) { showError(e.message); return; }
    $('board-empty').hidden = incidents.length > 0;
    $('incident-list').replaceChildren(...incidents.map(incidentItem));
  }

  function incidentItem(i) {
    const open = el('button', { className: 'incident-open', textContent: i.title });
    open.dataset.incident = i.incident_id;
    open.addEventListener('click', () => openIncident(i.incident_id));
    const figures = el('ul', { className: 'key-figures' }, ...i.key_figures.slice(0, 4).map((f) =>
      el('li', { textContent: `${figureName(f.label, f.entity, ' (', ')')}: ${f.value}` })));
    return el('li', { className: 'incident' },
      el('h3', {}, open),
      el('p', { className: 'status', textContent: i.status || 'показателей пока нет' }),
      figures,
      el('p', { className: 'meta' }, freshness(i.last_report_at),
        ` последнее сообщение: ${i.last_report_at ? when(i.last_report_at) : 'без даты'} · сообщений: ${i.report_count}`));
  }

  function showCard(...nodes) {
    $('board-card-body').replaceChildren(...nodes.filter((n) => n !== null && n !== undefined));
    $('board-card').hidden = false;
    $('view-board').classList.add('with-card');
    $('board-card').scrollTop = 0;
    $('board-card').focus();
  }

  function closeCard() {
    $('board-card').hidden = true;
    $('view-board').classList.remove('with-card');
    const last = state.openedIncident && document.querySelector(`[data-incident="${state.openedIncident}"]`);
    if (last) { last.focus(); }
  }

  async function openIncident(id) {
    let card;
    try {
      card = await api('GET', '/chat/incidents/' + id);
    } catch (e) { showError(e.message); return; }
    state.openedIncident = id;
    const ask = el('button', { className: 'primary', id: 'ask-about', textContent: 'Спросить в чате' });
    ask.addEventListener('click', () => askInChat(`Что известно о происшествии: ${card.type_label}${card.places.length ? ', ' + card.places.slice(0, 2).join(', ') : ''}? Какая обстановка сейчас?`, { kind: 'incident', id: card.incident_id }));
    const entities = el('div', { className: 'entity-chips' }, ...card.entities.filter((e) => e.kind !== 'person').slice(0, 16).map(entityChip));
    showCard(
      el('h2', { textContent: card.title }),
      el('p', { className: 'meta' }, freshness(card.last_report_at),
        ` ${card.type_label} · с ${card.first_report_at ? when(card.first_report_at) : '—'} по ${card.last_report_at ? when(card.last_report_at) : '—'} · сообщений: ${card.report_count}`),
      card.status ? el('p', { className: 'status', textContent: card.status }) : null,
      ask,
      el('h3', { textContent: 'Места и объекты' }), entities,
      el('h3', { textContent: 'Показатели во времени' }), figureList(card.figures),
      el('h3', { textContent: 'Хронология сообщений (источники)' }), timeline(card.reports));
  }

  function entityChip(e) {
    const b = el('button', { className: 'entity-chip', textContent: e.name, title: KIND[e.kind] || e.kind });
    b.addEventListener('click', () => openEntity(e.entity_id));
    return b;
  }

  async function openEntity(key) {
    let card;
    try {
      card = await api('GET', '/chat/entities/' + encodeURIComponent(key));
    } catch (e) { showError(e.message); return; }
    const ask = el('button', { className: 'primary', id: 'ask-about', textContent: 'Спросить в чате' });
    ask.addEventListener('click', () => askInChat(`Что сейчас с объектом «${card.name}»?`, { kind: 'entity', id: card.entity_id }));
    const back = state.openedIncident ? el('button', { className: 'link', textContent: '← К происшествию' }) : null;
    if (back) { back.addEventListener('click', () => openIncident(state.openedIncident)); }
    showCard(back,
      el('h2', { textContent: card.name }),
      el('p', { className: 'meta', textContent: `${card.subtype || KIND[card.kind] || card.kind} · упоминаний: ${card.mentions}` }),
      ask,
      el('h3', { textContent: 'Показатели во времени' }), figureList(card.figures, true));
  }

  function figureList(figures, openFirst) {
    if (!figures.length) { return el('p', { className: 'readonly-note', textContent: 'Показателей с датой в источниках нет.' }); }
    // in the service's order (KeyFigures.grouped): by what they measure — the kind's own figures first — then by place
    const list = el('div', { className: 'figures' }, ...figures.slice(0, 12).map((h, n) => figureBlock(h, openFirst && n === 0)));
    if (figures.length > 12) {
      const more = el('button', { className: 'link', textContent: `Показать все показатели (${figures.length})` });
      more.addEventListener('click', () => { more.replaceWith(...figures.slice(12).map((h) => figureBlock(h, false))); });
      list.append(more);
    }
    return list;
  }

  /** One figure over time: the latest value in the summary, every value with its source, disagreements marked, a chart for levels. */
  function figureBlock(h, open) {
    const disputed = new Map();
    for (const d of h.disagreements) {
      disputed.set(d.first, d.kind); disputed.set(d.second, d.kind);
    }
    const last = h.values[h.values.length - 1];
    const summary = el('summary', {},
      el('span', { className: 'figure-name', textContent: figureName(h.label, h.entity) }),
      el('strong', { textContent: ' ' + last.value }),
      el('span', { className: 'meta', textContent: last.observed_at ? ' на ' + when(last.observed_at) : ' без даты' }));
    if (h.disagreements.length) {
      const conflicts = h.disagreements.filter((d) => d.kind === 'conflict').length;
      summary.append(el('span', { className: 'flag', textContent: conflicts ? `расхождений: ${conflicts}` : 'есть уточнения',
        title: 'Источники называют разные значения на один момент' }));
    }
    const rows = h.values.slice().reverse().map((v) => {
      const source = inlineLink(v.source_title || v.source_id, () => openCitation(v), 'source-link');
      const kind = disputed.get(v.observation_id);
      return el('tr', { className: kind ? 'disputed ' + kind : '' },
        el('td', { textContent: v.observed_at ? when(v.observed_at) : 'без даты' }),
        el('td', {}, v.value, kind ? el('span', { className: 'flag', textContent: kind === 'conflict' ? 'расхождение' : 'уточнение' }) : null),
        el('td', {}, source));
    });
    const table = el('table', { className: 'values' },
      el('thead', {}, el('tr', {}, el('th', { textContent: 'Время' }), el('th', { textContent: 'Значение' }), el('th', { textContent: 'Источник' }))),
      el('tbody', {}, ...rows));
    return el('details', { className: 'figure', open: !!open }, summary, levelChart(h, disputed), el('div', { className: 'table-wrap' }, table));
  }

  /**
   * A small inline SVG of the numeric values over time (same unit as the latest), with danger marks as dashed lines.
   * Values far from the series' median (a misread «1–2 см») are left out of the chart, not of the table.
   */
  function levelChart(h, disputed) {
    const unit = h.values[h.values.length - 1].unit;
    const numeric = h.values.filter((v) => typeof v.number === 'number' && v.observed_at && v.unit === unit);
    const median = numeric.map((v) => v.number).sort((a, b) => a - b)[Math.floor(numeric.length / 2)];
    const points = numeric.filter((v) => v.number >= median / 2 && v.number <= median * 2)
      .map((v) => ({ t: new Date(v.observed_at).getTime(), y: v.number, v }));
    if (points.length < 3 || new Set(points.map((p) => p.t)).size < 2) { return null; }
    const marks = (h.marks || []).filter((m) => m.unit === unit).sort((a, b) => b.value - a.value);
    const w = Math.max(300, Math.min(560, window.innerWidth - 90)), ht = 160, pad = 30;
    const ys = points.map((p) => p.y).concat(marks.map((m) => m.value));
    const minY = Math.min(...ys), maxY = Math.max(...ys), spanY = Math.max(1, maxY - minY);
    const minT = points[0].t, spanT = Math.max(1, points[points.length - 1].t - minT);
    const x = (t) => pad + (t - minT) / spanT * (w - 2 * pad);
    const y = (v) => ht - pad + 4 - (v - minY) / spanY * (ht - pad - 14);
    const line = points.map((p) => `${x(p.t).toFixed(1)},${y(p.y).toFixed(1)}`).join(' ');
    let svg = `<svg class="level-chart" viewBox="0 0 ${w} ${ht}" width="100%" role="img" aria-label="${escapeHtml(figureName(h.label, h.entity))} по времени">`;
    // the marks' labels are drawn last, with a halo (CSS): the line crossing one does not make it unreadable
    let labels = '';
    marks.forEach((m, n) => {
      const my = y(m.value).toFixed(1);
      svg += `<line x1="${pad}" x2="${w - pad}" y1="${my}" y2="${my}" stroke="#b42318" stroke-dasharray="6 4"/>`;
      labels += `<text x="${n % 2 ? pad + 2 : w - pad}" y="${n % 2 ? Number(my) + 12 : Number(my) - 4}" text-anchor="${n % 2 ? 'start' : 'end'}" class="mark-label">${escapeHtml(m.label)} ${m.value} ${escapeHtml(m.unit)}</text>`;
    });
    svg += `<polyline fill="none" stroke="#1f5fbf" stroke-width="2" points="${line}"/>`;
    for (const p of points) {
      const kind = disputed.get(p.v.observation_id);
      svg += `<circle cx="${x(p.t).toFixed(1)}" cy="${y(p.y).toFixed(1)}" r="${kind ? 4.5 : 2.5}" fill="${kind ? '#b42318' : '#1f5fbf'}"><title>${escapeHtml(when(p.v.observed_at) + ': ' + p.v.value)}</title></circle>`;
    }
    svg += labels;
    // On a phone-width chart two full «дд.мм.гггг, чч:мм МСК» labels run into each other: the day alone fits.
    const axisWhen = (t) => (w < 420 ? when(t).split(',')[0] : when(t));
    svg += `<text x="${pad}" y="${ht - 4}" class="axis">${escapeHtml(axisWhen(points[0].v.observed_at))}</text>`
      + `<text x="${w - pad}" y="${ht - 4}" text-anchor="end" class="axis">${escapeHtml(axisWhen(points[points.length - 1].v.observed_at))}</text>`
      + `<text x="2" y="12" class="axis">${maxY} ${escapeHtml(unit)}</text>`
      + `<text x="2" y="${ht - pad + 4}" class="axis">${minY}</text></svg>`;
    const figure = el('figure', { className: 'chart level' });
    figure.innerHTML = svg;
    const left = numeric.length - points.length;
    figure.append(el('figcaption', { textContent: [marks.map((m) => `${m.label}: ${m.value} ${m.unit}`).join('; ') + (marks.length ? ' (по источникам)' : ''),
      'красные точки — расхождения источников', left ? `вне графика: ${left} знач. далеко от остальных (см. таблицу)` : ''].filter(Boolean).join('; ') }));
    return figure;
  }

  function timeline(reports) {
    const sorted = reports.slice().sort((a, b) => (a.reported_at || '').localeCompare(b.reported_at || ''));
    return el('ol', { className: 'timeline' }, ...sorted.map((r) => {
      const open = inlineLink(r.title, () => openSourceReader(r.source_id, r.title), 'source-link');
      return el('li', {}, el('span', { className: 'meta', textContent: r.reported_at ? when(r.reported_at) : 'без даты' }), ' ', open,
        r.duplicate_of ? el('span', { className: 'flag muted', textContent: 'перепечатка' }) : null);
    }));
  }

  /** The reader shows what a figure cites: the sentence (excerpt) of its source, the value marked, and the whole source on demand. */
  function openCitation(v) {
    const number = v.value.match(/\d[\d,]*/)?.[0];
    const excerpt = readable(v.excerpt).text;
    const ranges = [];
    if (number) {
      for (const m of excerpt.matchAll(new RegExp('(?<![\\d.,:])' + number.replace(/[,]/g, '[,.]') + '(?![\\d:]|[.,]\\d)', 'g'))) { ranges.push([m.index, m.index + m[0].length]); }
    }
    openReader(v.source_title || v.source_id, `${v.observed_at ? 'на ' + when(v.observed_at) + ' · ' : ''}фрагмент ${v.fragment}`,
      highlighted(excerpt, ranges), v.source_id, v.fragment);
  }

  function openSourceReader(sourceId, title) {
    openReader(title, '', null, sourceId, null);
    $('reader-whole').click();
  }

  function openReader(title, meta, quoteHtml, sourceId, fragment) {
    $('reader-title').textContent = title;
    const body = $('reader-body');
    body.innerHTML = `${meta ? `<p class="meta">${escapeHtml(meta)}</p>` : ''}${quoteHtml !== null ? `<blockquote>${quoteHtml}</blockquote>` : ''}
      <button class="link" id="reader-whole">Открыть источник целиком</button><div id="reader-fragments"></div>`;
    $('reader-whole').addEventListener('click', async () => {
      try {
        const doc = await api('GET', '/chat/documents/' + encodeURIComponent(sourceId));
        $('reader-whole').hidden = true;
        $('reader-fragments').replaceChildren(...doc.fragments.map((f) => el('p', { className: f.ordinal === fragment ? 'cited' : '',
          textContent: (f.location ? '[' + f.location + '] ' : '') + readable(f.text).text })));
        document.querySelector('#reader-fragments .cited')?.scrollIntoView({ block: 'center' });
      } catch (e) { showError(e.message); }
    });
    const dialog = $('reader');
    if (!dialog.open) { dialog.showModal(); }
  }

  async function searchEntities() {
    const q = $('entity-q').value.trim();
    const list = $('entity-results');
    if (!q) { list.hidden = true; return; }
    try {
      const found = (await api('GET', '/chat/entities?limit=20&q=' + encodeURIComponent(q))).entities;
      list.replaceChildren(...(found.length ? found.map((e) => el('li', {}, entityChip(e), el('span', { className: 'meta', textContent: ` ${e.subtype || KIND[e.kind] || e.kind}` })))
        : [el('li', { className: 'meta', textContent: 'Ничего не найдено.' })]));
      list.hidden = false;
    } catch (e) { showError(e.message); }
  }

  /** Switches to the chat with a question about the card prefilled (in the open session, or a new one), not yet sent. */
  async function askInChat(question) {
    show('chat');
    if (!state.session || state.session.status !== 'active') { await newSession(); }
    const input = $('question');
    input.value = question;
    input.focus();
  }

  // ---------- shift handover ----------
  /** As answers name the zone (zone.ZoneLabel): «МСК» for Moscow, else the offset at that moment («UTC+5»). */
  function zoneLabel(iso) {
    const zone = state.zone || 'Europe/Moscow';
    if (zone === 'Europe/Moscow') { return 'МСК'; }
    const offset = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' })
      .formatToParts(iso ? new Date(iso) : new Date()).find((p) => p.type === 'timeZoneName')?.value || 'GMT';
    return offset.replace(/^GMT(?:[+-]0)?$/, 'UTC').replace(/^GMT/, 'UTC');
  }

  /** The wall time of a moment in the service zone, in Russian order as the time fields take it («16.04.2026 08:00»). */
  function zoneInput(iso) {
    const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone: state.zone || 'Europe/Moscow', year: 'numeric',
      month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
    return `${parts.day}.${parts.month}.${parts.year} ${parts.hour}:${parts.minute}`;
  }

  /**
   * A time field's «дд.мм.гггг чч:мм» (time optional: 00:00, or 23:59 for the end of a period) as the API's wall time in
   * the service zone («2026-04-16T08:00»); '' when empty; throws with a Russian message when it is no such date.
   */
  const TIME_FORMAT = 'Время — в виде дд.мм.гггг чч:мм';
  function wallTime(id, endOfDay) {
    const text = $(id).value.trim();
    if (!text) { return ''; }
    const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ ,T]+(\d{1,2})[:.](\d{2}))?$/.exec(text);
    const pad = (v) => String(v).padStart(2, '0');
    const date = m && new Date(Date.UTC(+m[3], +m[2] - 1, +m[1], +(m[4] || 0), +(m[5] || 0)));
    if (!m || date.getUTCDate() !== +m[1] || date.getUTCMonth() !== +m[2] - 1 || +(m[4] || 0) > 23 || +(m[5] || 0) > 59) {
      $(id).setAttribute('aria-invalid', 'true');
      throw new Error(TIME_FORMAT + ', например 16.04.2026 08:00 (' + zoneLabel() + ').');
    }
    $(id).removeAttribute('aria-invalid');
    // A time typed right now answers the error about a time typed wrong before: that error goes.
    if ($('alert').textContent.startsWith(TIME_FORMAT)) { hideError(); }
    if (!m[4] && endOfDay) { return `${m[3]}-${pad(m[2])}-${pad(m[1])}T23:59:59`; }
    return `${m[3]}-${pad(m[2])}-${pad(m[1])}T${pad(m[4] || 0)}:${m[5] || '00'}`;
  }

  function digestQuery(extra) {
    const params = new URLSearchParams(extra || {});
    const since = wallTime('shift-since');
    if (since) { params.set('since', since); }
    return params;
  }

  async function loadShift() {
    let d;
    $('shift-zone').textContent = zoneLabel();
    try {
      d = await api('GET', '/chat/digest?' + digestQuery());
    } catch (e) { showError(e.message); return; }
    if (!$('shift-since').value) { $('shift-since').value = zoneInput(d.since); }
    const sources = (id, title, observation) => {
      const b = inlineLink(title || id, () => (observation ? openCitation(observation) : openSourceReader(id, title)), 'source-link');
      return el('span', { className: 'cite' }, ' [', b, ']');
    };
    const incidentLink = (id, title) => {
      return inlineLink(title, async () => { show('board'); await openIncident(id); }, 'incident-link');
    };
    const section = (title, items, empty) => el('section', {}, el('h3', { textContent: `${title} (${items.length})` }),
      items.length ? el('ul', {}, ...items) : el('p', { className: 'meta', textContent: empty }));
    const at = (o) => o.observed_at || o.reported_at;
    $('shift-body').replaceChildren(
      el('h2', { textContent: `Что изменилось с ${when(d.since)}${d.shift_start ? ' (начало смены)' : ''}` }),
      el('p', { className: 'meta', textContent: `Сводка на ${when(d.until)}. Каждая строка — со ссылкой на источник.` }),
      section('Новые происшествия', d.new_incidents.map((i) => el('li', {}, incidentLink(i.incident_id, i.title),
        `: первое сообщение ${when(i.first_report_at)}${i.status ? '; ' + i.status : ''}`, sources(i.source_id, i.source_title))),
      'Новых происшествий нет.'),
      section('Изменились показатели и состояния', d.changes.map((c) => el('li', {},
        el('strong', { textContent: figureName(c.label, c.entity) + ': ' }),
        c.before ? `${c.before.value} (${when(at(c.before))}) → ` : 'впервые: ', el('strong', { textContent: c.after.value }),
        ` (${when(at(c.after))})`, sources(c.after.source_id, c.after.source_title, c.after), ' · ', incidentLink(c.incident_id, c.incident))),
      'Показатели не менялись.'),
      section('Новые расхождения источников', d.conflicts.map((c) => el('li', {},
        el('strong', { textContent: figureName(c.label, c.entity) }),
        el('span', { className: 'flag', textContent: c.kind === 'conflict' ? 'расхождение' : 'уточнение' }),
        ` ${c.first.value}`, sources(c.first.source_id, c.first.source_title, c.first), ` и ${c.second.value}`,
        sources(c.second.source_id, c.second.source_title, c.second), `, на ${when(at(c.second))}`)),
      'Новых расхождений нет.'));
  }

  // ---------- wiring ----------
  $('signin-form').addEventListener('submit', (e) => { e.preventDefault(); signIn($('token-input').value.trim()); });
  $('signout').addEventListener('click', signOut);
  document.querySelectorAll('.nav').forEach((b) => b.addEventListener('click', () => show(b.dataset.view)));
  $('new-session').addEventListener('click', newSession);
  $('close-session').addEventListener('click', closeSession);
  $('download-report').addEventListener('click', downloadReport);
  $('source-close').addEventListener('click', () => { $('source-card').hidden = true; $('view-chat').classList.remove('with-card'); });
  $('ask-form').addEventListener('submit', (e) => { e.preventDefault(); ask($('question').value); });
  $('question').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); ask($('question').value); }
  });
  $('search-form').addEventListener('submit', (e) => { e.preventDefault(); searchSources(); });
  window.addEventListener('resize', () => { if (!$('view-chat').hidden) { fitHint(); } });
  $('board-type').append(...Object.entries(EVENT).map(([code, label]) => el('option', { value: code, textContent: label })));
  $('board-filters').addEventListener('submit', (e) => { e.preventDefault(); loadBoard(); });
  $('entity-search').addEventListener('submit', (e) => { e.preventDefault(); searchEntities(); });
  $('board-back').addEventListener('click', closeCard);
  $('shift-form').addEventListener('submit', (e) => { e.preventDefault(); loadShift(); });
  $('shift-default').addEventListener('click', () => { $('shift-since').value = ''; loadShift(); });
  $('shift-download').addEventListener('click', () => {
    let query;
    try { query = digestQuery({ format: 'markdown' }); } catch (e) { showError(e.message); return; }
    downloadFile('/chat/digest?' + query, `smena-${(query.get('since') || 'now').replace(/[:T]/g, '-')}.md`);
  });
  const drop = $('dropzone');
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => { e.preventDefault(); drop.classList.remove('over'); upload(e.dataTransfer.files); });
  $('file-input').addEventListener('change', (e) => { upload(e.target.files); e.target.value = ''; });

  if (state.token) { signIn(state.token); } else { $('signin').hidden = false; }
})();
