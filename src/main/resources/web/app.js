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

  function escapeHtml(s) {
    return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  // Times are shown in the service's zone (CHAT_TIMEZONE, from /chat/health), labelled, whatever the browser's zone is.
  function when(iso) {
    if (!iso) return '';
    const zone = state.zone || 'Europe/Moscow';
    const label = zone === 'Europe/Moscow' ? 'МСК' : zone;
    return `${new Date(iso).toLocaleString('ru-RU', { dateStyle: 'short', timeStyle: 'short', timeZone: zone })} ${label}`;
  }

  function showError(message) {
    const box = $('alert');
    box.textContent = message;
    box.hidden = false;
    clearTimeout(showError.timer);
    showError.timer = setTimeout(() => { box.hidden = true; }, 7000);
  }

  const MESSAGES = { 401: 'Токен недействителен или отозван — войдите снова.', 403: 'Недостаточно прав для этого действия.',
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
      const message = (envelope && envelope.error) || MESSAGES[response.status] || 'Ошибка ' + response.status;
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
      showError(e.status === 401 ? 'Неверный токен.' : e.message);
      return;
    }
    try {
      state.zone = (await api('GET', '/chat/health')).timezone;
    } catch (e) {
      state.zone = null;
    }
    sessionStorage.setItem('chat.token', token);
    clearTimeout(showError.timer);
    $('alert').hidden = true;
    $('signin').hidden = true;
    $('app').hidden = false;
    $('me').textContent = `${state.me.display_name} · ${ROLE[state.me.role] || state.me.role} · допуск: ${CLEARANCE[state.me.clearance]}`;
    $('nav-knowledge').hidden = !['admin', 'analyst'].includes(state.me.role);
    $('nav-monitoring').hidden = state.me.role !== 'admin';
    show('chat');
    await loadSessions();
  }

  function signOut() {
    sessionStorage.removeItem('chat.token');
    state.token = null; state.me = null; state.session = null;
    $('app').hidden = true;
    $('signin').hidden = false;
    $('token-input').value = '';
  }

  function show(view) {
    for (const name of ['chat', 'knowledge', 'monitoring']) {
      $('view-' + name).hidden = name !== view;
    }
    document.querySelectorAll('.nav').forEach((b) => b.setAttribute('aria-current', b.dataset.view === view ? 'page' : 'false'));
    if (view === 'knowledge') { renderUploadAccess(); searchSources(); }
    if (view === 'monitoring') { loadMonitoring(); }
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
      const s = await api('POST', '/chat/sessions', { title: 'Сессия ' + new Date().toLocaleString('ru-RU') });
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
    for (const turn of history.history) {
      if (turn.role === 'user') { addUserMessage(turn.content); state.lastQuestion = turn.content; } else { addAnswer(turn, []); }
    }
    setComposer(state.session.status === 'active');
    $('download-report').disabled = false;
    $('close-session').disabled = state.session.status !== 'active';
    await loadSessions();
  }

  function setComposer(open) {
    $('question').disabled = !open;
    $('send').disabled = !open;
    $('question').placeholder = open ? 'Задайте вопрос… (Enter — отправить, Shift+Enter — новая строка)'
      : 'Сессия закрыта — только чтение. Начните новую сессию.';
  }

  async function closeSession() {
    if (!state.session) { return; }
    try {
      await api('POST', `/chat/sessions/${state.session.session_id}/close`);
      await openSession(state.session.session_id);
    } catch (e) { showError(e.message); }
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

  function addAnswer(turn, suggestions) {
    const li = document.createElement('li');
    li.className = 'msg assistant';
    li.dataset.turn = turn.turn_id;
    const citations = turn.references || turn.citations || [];
    const refs = new Map(citations.map((c) => [c.ref, c]));
    const body = document.createElement('div');
    body.className = 'answer-text';
    body.innerHTML = markdown(turn.response ?? turn.content, refs);
    body.querySelectorAll('.chip').forEach((chip) => chip.addEventListener('click', () => showSource(refs.get(Number(chip.dataset.ref)))));
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

  function feedbackBox(turnId) {
    const box = document.createElement('div');
    box.className = 'feedback';
    const comment = Object.assign(document.createElement('textarea'), { rows: 1, placeholder: 'Комментарий (необязательно)', maxLength: 2000 });
    comment.setAttribute('aria-label', 'Комментарий к ответу');
    const send = async (score, button) => {
      try {
        await api('POST', '/chat/feedback', { turn_id: turnId, score, comment: comment.value || null });
        box.querySelectorAll('button').forEach((b) => b.setAttribute('aria-pressed', String(b === button)));
        box.dataset.sent = String(score);
      } catch (e) { showError(e.message); }
    };
    const up = Object.assign(document.createElement('button'), { textContent: 'Полезно', title: 'Полезный ответ' });
    const down = Object.assign(document.createElement('button'), { textContent: 'Неверно', title: 'Неверный или бесполезный ответ' });
    up.setAttribute('aria-label', 'Оценить ответ положительно');
    down.setAttribute('aria-label', 'Оценить ответ отрицательно');
    up.addEventListener('click', () => send(1, up));
    down.addEventListener('click', () => send(-1, down));
    box.append(up, down, comment);
    return box;
  }

  async function showSource(citation) {
    if (!citation) { return; }
    const card = $('source-card');
    const body = $('source-body');
    body.innerHTML = `<h3>${escapeHtml(citation.title)}</h3>
      <p class="meta">${escapeHtml(TYPE[citation.type] || citation.type || '')}${citation.location ? ' · ' + escapeHtml(citation.location) : ''}${citation.observed_at ? ' · ' + escapeHtml(when(citation.observed_at)) : ''}</p>
      <blockquote>${highlighted(citation.snippet, matches(citation.snippet, state.lastQuestion))}</blockquote>
      <button class="link" id="source-open">Открыть источник целиком</button><div id="source-fragments"></div>`;
    card.hidden = false;
    $('view-chat').classList.add('with-card');
    $('source-open').addEventListener('click', async () => {
      try {
        const doc = await api('GET', '/chat/documents/' + encodeURIComponent(citation.source_id));
        const parts = doc.fragments.map((f) => {
          const p = document.createElement('p');
          p.textContent = (f.location ? '[' + f.location + '] ' : '') + f.text;
          return p;
        });
        if (doc.source.origin.startsWith('upload:')) {
          const download = Object.assign(document.createElement('button'), { className: 'link', textContent: 'Скачать исходный файл' });
          download.addEventListener('click', () => downloadFile('/chat/documents/' + encodeURIComponent(citation.source_id) + '/original',
            doc.source.origin.split('/').pop()));
          parts.unshift(download);
        }
        $('source-fragments').replaceChildren(...parts);
      } catch (e) { showError(e.message); }
    });
  }

  // ---------- asking (streamed) ----------
  async function ask(text) {
    if (!state.session || !text.trim()) { return; }
    state.lastQuestion = text;
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
        if (response.status === 401) { signOut(); }
        throw new ApiError(response.status, (envelope && envelope.error) || MESSAGES[response.status] || 'Ошибка');
      }
      const final = await readEvents(response, (sentence) => { pending.textContent += (pending.textContent ? ' ' : '') + sentence; });
      pending.remove();
      addAnswer(final, final.suggestions || []);
      if (input.value === text) { input.value = ''; }
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
      if (!envelope || !envelope.ok) { showError((envelope && envelope.error) || MESSAGES[xhr.status] || 'Загрузка не удалась'); return; }
      const list = $('upload-results');
      for (const f of envelope.payload.files) {
        const li = document.createElement('li');
        li.textContent = f.error ? `✗ ${f.file}: ${f.error}` : `✓ ${f.file}: добавлено ${f.added}, обновлено ${f.updated}, без изменений ${f.unchanged}, фрагментов ${f.fragments}`;
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
    if ($('search-from').value) { params.set('from', $('search-from').value + 'T00:00:00Z'); }
    if ($('search-to').value) { params.set('to', $('search-to').value + 'T23:59:59Z'); }
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
      <p>${highlighted(h.snippet, h.highlights)}</p>`;
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
    const points = values.map((v, i) => `${(i / Math.max(1, values.length - 1)) * w},${h - (v / max) * h}`).join(' ');
    box.innerHTML = `<h3>${escapeHtml(title)}</h3><svg viewBox="0 0 ${w} ${h}" width="100%" height="${h}" role="img" aria-label="${escapeHtml(title)}">
      <polyline fill="none" stroke="#1f5fbf" stroke-width="2" points="${points}"/></svg>
      <figcaption>последнее: ${values.length ? values[values.length - 1].toFixed(2) : '—'}</figcaption>`;
    return box;
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
  const drop = $('dropzone');
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => { e.preventDefault(); drop.classList.remove('over'); upload(e.dataTransfer.files); });
  $('file-input').addEventListener('change', (e) => upload(e.target.files));

  if (state.token) { signIn(state.token); } else { $('signin').hidden = false; }
})();
