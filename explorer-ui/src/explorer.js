// The Readout explorer: filters kept in the URL, a timeline, the who-talks-to-whom network, and person, call and
// statement panels down to the highlighted evidence. It talks only to Readout's GraphQL API, with the named
// operations of src/operations sent as persisted queries over GET, so the browser and HTTP caches keep the answers.
// For tests and benchmarks the page publishes what it drew in window.__explorer and marks the first complete view
// with data-rendered on <html>.
import OPERATIONS from 'readout:operations';
import { layout } from './layout.js';

/** The chart library, loaded as a separate chunk while the first answers are on their way (see charts.js). */
let echarts;
let chartsLoaded;

const MEDIA = ['PHONE', 'VIDEO', 'IN_PERSON', 'UNKNOWN'];
const STATUSES = ['HELD', 'ATTEMPTED', 'PLANNED'];
const GRANULARITIES = ['DAY', 'WEEK', 'MONTH', 'YEAR'];
const LABEL = {
  PHONE: 'phone', VIDEO: 'video', IN_PERSON: 'in person', UNKNOWN: 'medium unknown',
  HELD: 'held', ATTEMPTED: 'attempted', PLANNED: 'planned',
};
const SERIES_COLOUR = {
  PHONE: '#3b6fb6', VIDEO: '#7a5cc2', IN_PERSON: '#2f9e6f', UNKNOWN: '#a0a4ab',
  HELD: '#2f9e6f', ATTEMPTED: '#d98b2b', PLANNED: '#3b6fb6',
};
/** How many participants the network asks for: readable, and laid out in well under a frame budget per step. */
const NETWORK_NODES = 250;
/** How many links among them: the strongest; more make a hairball, not a picture, and a slow answer. */
const NETWORK_EDGES = 1000;
const SLOW_MS = 1500;

const $ = (id) => document.getElementById(id);
const explorer = (window.__explorer = { rendered: false, requests: [], errors: [] });

// --- GraphQL: persisted queries over GET ----------------------------------------------------------------------------

class ReadoutError extends Error {}

/**
 * Runs a named operation by its hash over GET (cacheable); when the server does not know the hash yet it is sent
 * once with its text over POST, which registers it (Apollo's automatic persisted queries).
 */
async function gql(name, variables) {
  const op = OPERATIONS[name];
  const extensions = { persistedQuery: { version: 1, sha256Hash: op.hash } };
  const params = new URLSearchParams({ operationName: name, variables: JSON.stringify(variables ?? {}),
    extensions: JSON.stringify(extensions) });
  explorer.requests.push(name);
  let body = await send(`graphql?${params}`, { method: 'GET' });
  if (body.errors?.some((e) => e.message === 'PersistedQueryNotFound'
      || e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) {
    body = await send('graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ operationName: name, query: op.query, variables, extensions }) });
  }
  if (body.errors?.length) {
    const e = body.errors[0];
    const kind = e.extensions?.classification ? ` (${e.extensions.classification})` : '';
    throw new ReadoutError(`${e.message}${kind}`);
  }
  return body.data;
}

async function send(url, init) {
  let res;
  try {
    res = await fetch(url, { ...init, headers: { Accept: 'application/graphql-response+json, application/json',
      ...(init.headers ?? {}) } });
  } catch (e) {
    throw new ReadoutError('Readout did not answer: check that the service is running and reachable, then retry.');
  }
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch (e) {
    if (res.status === 503 || res.status === 504) {
      throw new ReadoutError(`Readout is busy or starting (HTTP ${res.status}); retry in a moment.`);
    }
    throw new ReadoutError(`Readout answered HTTP ${res.status} without GraphQL data; retry, or check its log.`);
  }
}

// --- state in the URL -----------------------------------------------------------------------------------------------

const LIST_KEYS = ['medium', 'status'];
const STATE_KEYS = ['p', 'pn', 'q', 'country', 'from', 'to', 'medium', 'status', 'g', 'stack',
  'person', 'call', 'pair', 'statement'];

function readUrl() {
  const u = new URLSearchParams(location.search);
  const s = {};
  for (const k of STATE_KEYS) {
    const v = u.get(k);
    if (v) {
      s[k] = LIST_KEYS.includes(k) ? v.split(',').filter(Boolean) : v;
    }
  }
  if (s.medium) s.medium = s.medium.filter((m) => MEDIA.includes(m));
  if (s.status) s.status = s.status.filter((m) => STATUSES.includes(m));
  if (!GRANULARITIES.includes(s.g)) delete s.g;
  if (s.stack !== 'status') delete s.stack;
  return s;
}

function urlOf(s) {
  const u = new URLSearchParams();
  for (const k of STATE_KEYS) {
    const v = s[k];
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    u.set(k, Array.isArray(v) ? v.join(',') : v);
  }
  const q = u.toString();
  return q ? `?${q.replaceAll('%2C', ',')}` : location.pathname;
}

let state = readUrl();

function setState(change, { push = true } = {}) {
  state = { ...state, ...change };
  for (const k of Object.keys(state)) {
    if (state[k] === undefined || state[k] === '' || (Array.isArray(state[k]) && !state[k].length)) delete state[k];
  }
  const url = urlOf(state);
  if (url !== location.search && !(url === location.pathname && !location.search)) {
    history[push ? 'pushState' : 'replaceState'](null, '', url);
  }
  explorer.state = structuredClone(state);
}

/** The CallFilter of the current state; the timeline leaves the dates out (it shows them as the brushed range). */
function callFilter({ dates = true } = {}) {
  const f = {};
  if (state.p) f.participantIds = [state.p];
  if (state.q) f.participantName = state.q;
  if (state.country) f.country = state.country;
  if (dates && state.from) f.from = state.from;
  if (dates && state.to) f.to = state.to;
  if (state.medium?.length) f.medium = state.medium;
  if (state.status?.length) f.status = state.status;
  return f;
}

// --- filter controls ------------------------------------------------------------------------------------------------

function buildControls() {
  for (const [id, values] of [['medium', MEDIA], ['status', STATUSES]]) {
    $(id).innerHTML = values.map((v) => `<label><input type="checkbox" name="${id}" value="${v}"> ${LABEL[v]}</label>`)
      .join('');
    $(id).addEventListener('change', () => {
      const checked = [...$(id).querySelectorAll('input:checked')].map((i) => i.value);
      changeFilter({ [id]: checked });
    });
  }
  $('country').addEventListener('change', () => {
    const v = $('country').value.trim().toUpperCase();
    if (v && !/^[A-Z]{2}$/.test(v)) {
      showSummaryError('A country is a two-letter ISO code, e.g. US, RU, UA or EU.');
      return;
    }
    changeFilter({ country: v || undefined });
  });
  for (const id of ['from', 'to']) {
    $(id).addEventListener('change', () => changeFilter({ [id]: $(id).value || undefined }));
  }
  $('granularity').addEventListener('change', () => changeFilter({ g: $('granularity').value }));
  $('stack').addEventListener('change', () => {
    setState({ stack: $('stack').value === 'status' ? 'status' : undefined });
    drawTimeline();
  });
  $('reset').addEventListener('click', () => {
    state = {};
    setState({});
    syncControls();
    refresh();
  });
  setupSuggestions();
}

function syncControls() {
  $('who').value = state.pn ?? state.q ?? '';
  $('country').value = state.country ?? '';
  $('from').value = state.from ?? '';
  $('to').value = state.to ?? '';
  $('granularity').value = state.g ?? 'MONTH';
  $('stack').value = state.stack ?? 'medium';
  for (const id of ['medium', 'status']) {
    for (const i of $(id).querySelectorAll('input')) i.checked = (state[id] ?? []).includes(i.value);
  }
}

function changeFilter(change) {
  setState(change);
  refresh();
}

function setupSuggestions() {
  const input = $('who');
  const list = $('suggestions');
  let timer;
  let seq = 0;
  let items = [];
  let active = -1;
  const close = () => { list.hidden = true; active = -1; };
  const pick = (item) => {
    close();
    input.value = item.name;
    changeFilter({ p: item.id, pn: item.name, q: undefined });
  };
  const render = () => {
    list.innerHTML = items.map((n, i) => `<li role="option" data-id="${esc(n.id)}" class="${i === active ? 'active' : ''}">`
      + `${esc(n.name)} <small>${esc([n.country, n.kind.toLowerCase()].filter(Boolean).join(' · '))}</small></li>`)
      .join('') || '<li class="none">No participant has that name</li>';
    list.hidden = false;
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      close();
      if (!text && (state.p || state.q)) changeFilter({ p: undefined, pn: undefined, q: undefined });
      return;
    }
    timer = setTimeout(async () => {
      const mine = ++seq;
      try {
        const data = await gql('ExplorerSuggest', { name: text });
        if (mine !== seq) return;
        items = data.participants.edges.map((e) => e.node);
        active = -1;
        render();
      } catch (e) {
        list.innerHTML = `<li class="none error">${esc(e.message)}</li>`;
        list.hidden = false;
      }
    }, 180);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (!items.length) return;
      active = (active + (ev.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      render();
      ev.preventDefault();
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      if (active >= 0 && !list.hidden) {
        pick(items[active]);
      } else {
        // no suggestion picked: every participant whose name contains the words
        close();
        const text = input.value.trim();
        changeFilter({ p: undefined, pn: undefined, q: text || undefined });
      }
    } else if (ev.key === 'Escape') {
      close();
    }
  });
  list.addEventListener('mousedown', (ev) => {
    const li = ev.target.closest('li[data-id]');
    if (li) {
      ev.preventDefault();
      pick(items.find((n) => n.id === li.dataset.id));
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}

// --- loading, errors ------------------------------------------------------------------------------------------------

/** Shows a loading note in `box` while `work` runs (with a second note when it is slow), then its error if any. */
async function withState(box, what, work, retry) {
  const el = $(box);
  el.className = 'state loading';
  el.textContent = `Loading ${what}…`;
  const slow = setTimeout(() => {
    el.textContent = `Still loading ${what}: a large store or a wide filter takes a few seconds.`;
  }, SLOW_MS);
  try {
    const result = await work();
    el.className = 'state';
    el.textContent = '';
    return result;
  } catch (e) {
    if (e instanceof Superseded) throw e;
    explorer.errors.push(`${what}: ${e.message}`);
    el.className = 'state error';
    el.innerHTML = `<strong>Could not load ${esc(what)}.</strong> ${esc(e.message)} `;
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = 'Retry';
    b.addEventListener('click', retry);
    el.append(b);
    throw e;
  } finally {
    clearTimeout(slow);
  }
}

class Superseded extends Error {}

function showSummaryError(message) {
  $('summary').innerHTML = `<span class="error">${esc(message)}</span>`;
}

// --- timeline -------------------------------------------------------------------------------------------------------

let timelineChart;
let timelineData = { buckets: [], variables: null };
let timelineKey = null;

async function loadTimeline() {
  const variables = { granularity: state.g ?? 'MONTH', filter: callFilter({ dates: false }) };
  const key = JSON.stringify(variables);
  if (key === timelineKey) {
    drawBrush();
    return;
  }
  const data = await withState('timeline-state', 'the timeline', () => gql('ExplorerTimeline', variables),
    () => { timelineKey = null; loadTimeline().catch(() => {}); });
  if (JSON.stringify({ granularity: state.g ?? 'MONTH', filter: callFilter({ dates: false }) }) !== key) {
    throw new Superseded();
  }
  timelineKey = key;
  timelineData = { buckets: data.timeline, variables };
  await chartsLoaded;
  drawTimeline();
}

function drawTimeline() {
  const { buckets, variables } = timelineData;
  timelineChart ??= echarts.init($('timeline'), null, { renderer: 'canvas' });
  const by = state.stack === 'status' ? 'status' : 'medium';
  const keys = by === 'status' ? STATUSES : MEDIA;
  const field = by === 'status' ? 'callsByStatus' : 'callsByMedium';
  const categories = buckets.map((b) => b.start);
  const series = keys.map((k) => ({
    name: LABEL[k], type: 'bar', stack: 'calls', barMaxWidth: 48, large: buckets.length > 1000, itemStyle: { color: SERIES_COLOUR[k] },
    emphasis: { focus: 'series' },
    data: buckets.map((b) => b[field].find((c) => c[by] === k)?.calls ?? 0),
  }));
  series.push({ name: 'statements', type: 'line', yAxisIndex: 1, symbol: 'none', smooth: false,
    lineStyle: { width: 1.5, color: '#c2415b' }, itemStyle: { color: '#c2415b' }, data: buckets.map((b) => b.statements) });
  timelineChart.setOption({
    animation: false,
    grid: { left: 44, right: 44, top: 30, bottom: 28 },
    legend: { top: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 11 } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: categories, axisLabel: { fontSize: 10 } },
    yAxis: [{ type: 'value', name: 'calls', nameTextStyle: { fontSize: 10 }, minInterval: 1 },
      { type: 'value', name: 'statements', nameTextStyle: { fontSize: 10 }, minInterval: 1, splitLine: { show: false } }],
    brush: { xAxisIndex: 0, brushType: 'lineX', brushMode: 'single', transformable: false, throttleType: 'debounce',
      throttleDelay: 300, brushStyle: { color: 'rgba(59,111,182,0.15)', borderColor: 'rgba(59,111,182,0.6)' } },
    series,
  }, { notMerge: true });
  timelineChart.dispatchAction({ type: 'takeGlobalCursor', key: 'brush', brushOption: { brushType: 'lineX',
    brushMode: 'single' } });
  const drawn = timelineChart.getOption().series.filter((s) => s.type === 'bar');
  explorer.timeline = {
    variables, granularity: variables.granularity, stackedBy: by, buckets: categories.length,
    calls: buckets.reduce((n, b) => n + b.calls, 0),
    statements: buckets.reduce((n, b) => n + b.statements, 0),
    drawnCalls: drawn.reduce((n, s) => n + s.data.reduce((m, v) => m + (Number(v) || 0), 0), 0),
  };
  $('timeline').dataset.calls = String(explorer.timeline.drawnCalls);
  if (!buckets.length) {
    $('timeline-state').className = 'state empty';
    $('timeline-state').textContent = nothingText('dated calls or statements');
  }
  drawBrush();
}

/** Shows the filter's dates as the brushed range (the timeline itself always shows every date). */
function drawBrush() {
  if (!timelineChart) return;
  const starts = timelineData.buckets.map((b) => b.start);
  const g = state.g ?? 'MONTH';
  if (!starts.length || (!state.from && !state.to)) {
    timelineChart.dispatchAction({ type: 'brush', areas: [] });
    return;
  }
  let i0 = state.from ? starts.findIndex((s) => periodEnd(s, g) >= state.from) : 0;
  let i1 = state.to ? starts.findLastIndex((s) => s <= state.to) : starts.length - 1;
  if (i0 < 0) i0 = starts.length - 1;
  if (i1 < 0) i1 = 0;
  timelineChart.dispatchAction({ type: 'brush', areas: [{ brushType: 'lineX', xAxisIndex: 0,
    coordRange: [Math.min(i0, i1), Math.max(i0, i1)] }] });
}

function onBrushEnd(params) {
  const area = params.areas?.[0];
  const starts = timelineData.buckets.map((b) => b.start);
  if (!area || !starts.length) {
    if (state.from || state.to) changeFilter({ from: undefined, to: undefined });
    return;
  }
  const [a, b] = area.coordRange.map((i) => Math.max(0, Math.min(starts.length - 1, Math.round(i))));
  const from = starts[Math.min(a, b)];
  const to = periodEnd(starts[Math.max(a, b)], state.g ?? 'MONTH');
  if (from === state.from && to === state.to) return;
  $('from').value = from;
  $('to').value = to;
  changeFilter({ from, to });
}

/** The last day of the period that starts on `start` (ISO date strings, UTC). */
function periodEnd(start, g) {
  const d = new Date(`${start}T00:00:00Z`);
  if (g === 'WEEK') d.setUTCDate(d.getUTCDate() + 6);
  if (g === 'MONTH') { d.setUTCMonth(d.getUTCMonth() + 1, 1); d.setUTCDate(0); }
  if (g === 'YEAR') { d.setUTCFullYear(d.getUTCFullYear() + 1, 0, 1); d.setUTCDate(0); }
  return d.toISOString().slice(0, 10);
}

// --- network --------------------------------------------------------------------------------------------------------

let networkChart;
let networkData = null;

const COUNTRY_COLOURS = ['#3b6fb6', '#c2415b', '#2f9e6f', '#d98b2b', '#7a5cc2', '#1f9bb5', '#b5651d', '#5d8a2f',
  '#cc5fa6', '#6b7a8f', '#a88f1c', '#2c5d8a'];

async function loadNetwork() {
  const filter = callFilter();
  const variables = { filter, first: NETWORK_NODES, maxEdges: NETWORK_EDGES };
  const key = JSON.stringify(variables);
  const data = await withState('network-state', 'the network', () => gql('ExplorerNetwork', variables),
    () => loadNetwork().catch(() => {}));
  if (JSON.stringify({ filter: callFilter(), first: NETWORK_NODES, maxEdges: NETWORK_EDGES }) !== key) {
    throw new Superseded();
  }
  networkData = { ...data.network, callCount: data.calls.totalCount, variables };
  await chartsLoaded;
  drawNetwork();
  const csv = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) csv.set(k, Array.isArray(v) ? v.join(',') : v);
  $('csv-link').href = `export/network.csv${csv.size ? `?${csv}` : ''}`;
  summary();
}

function drawNetwork() {
  const net = networkData;
  networkChart ??= echarts.init($('network'), null, { renderer: 'canvas' });
  const countries = new Map();
  for (const n of net.nodes) {
    const c = n.participant.country ?? '—';
    countries.set(c, (countries.get(c) ?? 0) + 1);
  }
  const ranked = [...countries.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const colour = new Map(ranked.map(([c], i) => [c, c === '—' ? '#a0a4ab'
    : i < COUNTRY_COLOURS.length ? COUNTRY_COLOURS[i] : `hsl(${(i * 47) % 360} 45% 55%)`]));
  const index = new Map(net.nodes.map((n, i) => [n.participant.id, i]));
  const links = net.edges.map((e) => [index.get(e.source.id), index.get(e.target.id), e.calls]);
  const pos = layout(net.nodes.length, links);
  const maxCalls = Math.max(1, ...net.nodes.map((n) => n.calls));
  const maxEdge = Math.max(1, ...net.edges.map((e) => e.calls));
  const labelled = net.nodes.length <= 60 ? net.nodes.length : 40;
  const nodes = net.nodes.map((n, i) => ({
    id: n.participant.id, name: n.participant.name, value: n.calls, x: pos[2 * i], y: pos[2 * i + 1],
    symbolSize: 8 + 26 * Math.sqrt(n.calls / maxCalls),
    itemStyle: { color: colour.get(n.participant.country ?? '—') },
    label: { show: i < labelled },
    country: n.participant.country,
  }));
  const edges = net.edges.map((e) => ({
    source: e.source.id, target: e.target.id, value: e.calls,
    lineStyle: { width: 1.2 + 5 * Math.log1p(e.calls) / Math.log1p(maxEdge) },
    firstDate: e.firstDate, lastDate: e.lastDate,
  }));
  networkChart.setOption({
    animation: false,
    tooltip: {
      formatter: (p) => (p.dataType === 'edge'
        ? `${esc(nameOf(p.data.source))} – ${esc(nameOf(p.data.target))}<br>${p.data.value} call${p.data.value === 1 ? '' : 's'}`
          + `${p.data.firstDate ? `<br>${p.data.firstDate} … ${p.data.lastDate}` : ''}`
        : `${esc(p.data.name)}${p.data.country ? ` (${esc(p.data.country)})` : ''}<br>${p.data.value} call${p.data.value === 1 ? '' : 's'}`),
    },
    series: [{
      type: 'graph', layout: 'none', roam: true, data: nodes, links: edges, edgeSymbol: ['none', 'none'],
      label: { position: 'right', fontSize: 10, color: '#222' }, labelLayout: { hideOverlap: true },
      lineStyle: { color: '#8c96a3', opacity: 0.55, curveness: 0 },
      emphasis: { focus: 'adjacency', lineStyle: { opacity: 0.9 } },
      scaleLimit: { min: 0.3, max: 8 },
    }],
  }, { notMerge: true });
  const drawn = networkChart.getOption().series[0];
  explorer.network = {
    variables: net.variables, totalNodes: net.totalNodes, totalEdges: net.totalEdges, calls: net.callCount,
    truncated: net.totalNodes > net.nodes.length || net.totalEdges > net.edges.length,
    nodes: drawn.data.map((n) => ({ id: n.id, name: n.name, calls: n.value, country: n.country ?? null })),
    edges: drawn.links.map((e) => ({ source: e.source, target: e.target, calls: e.value })),
  };
  $('network').dataset.nodes = String(nodes.length);
  $('network').dataset.edges = String(edges.length);
  const stateBox = $('network-state');
  if (!nodes.length) {
    stateBox.className = 'state empty';
    stateBox.textContent = nothingText('calls between two participants');
  } else if (explorer.network.truncated) {
    stateBox.className = 'state note';
    stateBox.textContent = `Showing the ${nodes.length.toLocaleString()} participants with the most calls (of `
      + `${net.totalNodes.toLocaleString()}) and the ${edges.length.toLocaleString()} strongest links among them (of `
      + `${net.totalEdges.toLocaleString()}). Narrow the filter (a person, a country or dates) to see the rest; `
      + 'the full network is in network.csv.';
  }
  $('network-legend').innerHTML = ranked.slice(0, 14).map(([c, n]) => `<span><i style="background:${colour.get(c)}">`
    + `</i>${c === '—' ? 'no country' : esc(c)} ${n}</span>`).join('');
}

function nameOf(id) {
  return networkData?.nodes.find((n) => n.participant.id === id)?.participant.name ?? id;
}

/** Where an edge's midpoint is on the page, for tests that click it like a person would. */
explorer.edgePoint = (i) => {
  const link = networkChart.getOption().series[0].links[i];
  const nodes = networkChart.getOption().series[0].data;
  const a = nodes.find((n) => n.id === link.source);
  const b = nodes.find((n) => n.id === link.target);
  const [x, y] = networkChart.convertToPixel({ seriesIndex: 0 }, [(a.x + b.x) / 2, (a.y + b.y) / 2]);
  const r = $('network').getBoundingClientRect();
  return { x: r.left + x, y: r.top + y, source: link.source, target: link.target };
};
/** Where the timeline's bar `i` is on the page (its middle, half way up the plot), for tests that drag over it. */
explorer.barPoint = (i) => {
  const start = timelineData.buckets[i].start;
  const [x, y] = timelineChart.convertToPixel({ gridIndex: 0 }, [start, 0]);
  const r = $('timeline').getBoundingClientRect();
  return { x: r.left + x, y: r.top + y - 20, start };
};
explorer.nodePoint = (id) => {
  const n = networkChart.getOption().series[0].data.find((d) => d.id === id);
  const [x, y] = networkChart.convertToPixel({ seriesIndex: 0 }, [n.x, n.y]);
  const r = $('network').getBoundingClientRect();
  return { x: r.left + x, y: r.top + y };
};

function nothingText(what) {
  const filtered = Object.keys(callFilter()).length > 0;
  return filtered ? `No ${what} match these filters. Widen the dates or clear a filter.`
    : `No ${what} yet: the store is empty. Ingest articles (the ingestArticle mutation in GraphiQL, or `
      + 'POST /ingest) and reload.';
}

function summary() {
  const parts = [];
  const n = networkData?.callCount;
  if (n !== undefined) parts.push(`<strong>${n.toLocaleString()}</strong> call${n === 1 ? '' : 's'}`);
  if (state.pn) parts.push(`with ${esc(state.pn)}`);
  if (state.q) parts.push(`with anyone named “${esc(state.q)}”`);
  if (state.country) parts.push(`involving ${esc(state.country)}`);
  if (state.from || state.to) parts.push(`${state.from ? `from ${state.from}` : ''} ${state.to ? `to ${state.to}` : ''}`);
  if (state.medium?.length) parts.push(`by ${state.medium.map((m) => LABEL[m]).join(' or ')}`);
  if (state.status?.length) parts.push(state.status.map((m) => LABEL[m]).join(' or '));
  $('summary').innerHTML = parts.join(' ');
  $('countries').innerHTML = [...new Set((networkData?.nodes ?? []).map((x) => x.participant.country).filter(Boolean))]
    .sort().map((c) => `<option value="${esc(c)}">`).join('');
}

// --- panels ---------------------------------------------------------------------------------------------------------

let panelSeq = 0;

function openPanel(change) {
  setState({ person: undefined, call: undefined, pair: undefined, statement: undefined, ...change });
  loadPanel();
}

async function loadPanel() {
  const mine = ++panelSeq;
  const panel = $('panel');
  const kind = ['person', 'call', 'pair', 'statement'].find((k) => state[k]);
  panel.dataset.kind = kind ?? '';
  if (!kind) {
    panel.innerHTML = '<p class="hint">Pick a person in the network or the search box, or a link between two people, '
      + 'to read their calls down to the sentence that reports them.</p>';
    return;
  }
  panel.innerHTML = '<div id="panel-state" class="state"></div><div id="panel-body"></div>';
  const run = {
    person: () => gql('ExplorerPerson', { id: state.person }),
    call: () => gql('ExplorerCall', { id: state.call }),
    statement: () => gql('ExplorerStatement', { id: state.statement }),
    pair: () => gql('ExplorerPairCalls', { filter: { ...callFilter(), participantIds: state.pair.split(',') } }),
  }[kind];
  let data;
  try {
    data = await withState('panel-state', `the ${kind === 'pair' ? 'calls of the pair' : kind}`, run,
      () => loadPanel());
  } catch (e) {
    return;
  }
  if (mine !== panelSeq) return;
  const body = $('panel-body');
  if (kind !== 'pair' && !data.node) {
    body.innerHTML = `<p class="error">Nothing has this id any more (ids change when participants are merged). `
      + 'Look the name up again in the search box.</p>';
    return;
  }
  ({ person: drawPerson, call: drawCall, statement: drawStatement, pair: drawPair })[kind](body, data);
  panel.scrollTop = 0;
  explorer.panel = { kind, id: state[kind] };
  panel.dataset.loaded = kind;
}

function link(kind, id, text) {
  return `<a href="${esc(urlOf({ ...state, person: undefined, call: undefined, pair: undefined, statement: undefined,
    [kind]: id }))}" data-open="${kind}" data-id="${esc(id)}">${esc(text)}</a>`;
}

function callLine(c) {
  const who = c.participants.map((p) => esc(p.name)).join(', ');
  return `<li class="call-line">${link('call', c.id, `${c.date ?? 'undated'}${c.datePrecision && c.datePrecision !== 'DAY'
    && c.date ? ` (${c.datePrecision.toLowerCase()})` : ''}`)} · ${LABEL[c.medium]} · ${LABEL[c.status]}<br><small>${who}</small></li>`;
}

function drawPerson(body, data) {
  const p = data.node;
  const roles = p.roles.map((r) => `<tr><td>${esc(r.title)}</td><td>${esc(r.organization ?? '')}</td>`
    + `<td>${esc(r.country ?? '')}</td><td>${r.firstSeen ?? ''}</td><td>${r.lastSeen ?? ''}</td></tr>`).join('');
  const counterparts = p.counterparts.map((c) => `<li>${link('person', c.participant.id, c.participant.name)}`
    + `${c.participant.country ? ` <small>${esc(c.participant.country)}</small>` : ''} · ${c.calls}</li>`).join('');
  const statements = data.statements.edges.map(({ node: s }) => `<li>${link('statement', s.id, `“${s.text}”`)}`
    + `<br><small>${s.date ?? 'undated'} · ${esc(s.channel.toLowerCase())}</small></li>`).join('');
  body.innerHTML = `<h2 class="person-name">${esc(p.name)}</h2>
    <p class="meta">${esc(p.kind.toLowerCase())}${p.country ? ` · ${esc(p.country)}` : ''}
      · <button type="button" id="filter-person">Show only their calls</button></p>
    ${p.aliases.length ? `<p class="aliases">Also written: ${p.aliases.map(esc).join('; ')}</p>` : ''}
    ${roles ? `<h3>Roles</h3><table class="roles"><thead><tr><th>title</th><th>organisation</th><th>country</th>
      <th>first seen</th><th>last seen</th></tr></thead><tbody>${roles}</tbody></table>` : ''}
    <h3>Counterparts</h3>${counterparts ? `<ul class="counterparts">${counterparts}</ul>` : '<p>None.</p>'}
    <h3 class="calls-head" data-total="${p.calls.totalCount}">Calls <small>${p.calls.totalCount}${p.calls.totalCount > p.calls.edges.length ? `, newest ${p.calls.edges.length}` : ''}</small></h3>
    <ul class="calls">${p.calls.edges.map((e) => callLine(e.node)).join('') || '<li>None.</li>'}</ul>
    <h3>Statements <small>${data.statements.totalCount}</small></h3>
    <ul class="statements">${statements || '<li>None.</li>'}</ul>`;
  $('filter-person').addEventListener('click', () => {
    $('who').value = p.name;
    changeFilter({ p: p.id, pn: p.name, q: undefined });
  });
}

function drawPair(body, data) {
  const c = data.calls;
  const names = new Map(c.edges.flatMap((e) => e.node.participants.map((p) => [p.id, p.name])));
  const [a, b] = state.pair.split(',').map((id) => names.get(id) ?? nameOf(id));
  body.innerHTML = `<h2>${esc(a)} – ${esc(b)}</h2>
    <p class="meta">${c.totalCount} call${c.totalCount === 1 ? '' : 's'} under the current filter${c.pageInfo.hasNextPage
      ? `, the newest ${c.edges.length} listed` : ''}. Pick one to read how it was reported.</p>
    <ul class="calls pair-calls">${c.edges.map((e) => callLine(e.node)).join('')}</ul>`;
}

function drawCall(body, data) {
  const c = data.node;
  const date = c.date ? `${c.date}${c.datePrecision !== 'DAY' ? ` (to the ${c.datePrecision.toLowerCase()})` : ''}`
    : 'unknown';
  body.innerHTML = `<h2>${c.participants.map((p) => link('person', p.id, p.name)).join(' – ')}</h2>
    <dl class="facts">
      <dt>Date</dt><dd class="call-date">${esc(date)}${c.dateText ? ` · “${esc(c.dateText)}”` : ''}</dd>
      <dt>Medium</dt><dd>${LABEL[c.medium]}</dd>
      <dt>Status</dt><dd>${LABEL[c.status]}</dd>
      <dt>CAMEO</dt><dd>${c.cameoCode ? `${esc(c.cameoCode)}${c.goldstein !== null ? ` (Goldstein ${c.goldstein})` : ''}` : '—'}</dd>
      <dt>PLOVER</dt><dd>${c.plover ? `${esc(c.plover.category)}${c.plover.mode ? ` · ${esc(c.plover.mode)}` : ''}` : '—'}</dd>
    </dl>
    <h3>Reported in ${c.mentions.length} article${c.mentions.length === 1 ? '' : 's'}</h3>
    ${c.mentions.map(mentionHtml).join('')}
    ${c.statements.length ? `<h3>Statements about it</h3><ul class="statements">${c.statements.map((s) => `<li>${link(
    'statement', s.id, `“${s.text}”`)}<br><small>${esc(s.speaker?.name ?? s.speakerText)}</small></li>`).join('')}</ul>` : ''}`;
  scrollMarks(body);
}

function drawStatement(body, data) {
  const s = data.node;
  body.innerHTML = `<h2>“${esc(s.text)}”</h2>
    <dl class="facts">
      <dt>Speaker</dt><dd>${s.speaker ? link('person', s.speaker.id, s.speaker.name) : esc(s.speakerText)}</dd>
      <dt>Channel</dt><dd>${esc(s.channel.toLowerCase())}</dd>
      <dt>Date</dt><dd>${s.date ?? 'unknown'}</dd>
      ${s.call ? `<dt>Call</dt><dd>${link('call', s.call.id, `${s.call.date ?? 'undated'}: ${s.call.participants.map((p) => p.name).join(' – ')}`)}</dd>` : ''}
    </dl>
    <h3>Reported in ${s.mentions.length} article${s.mentions.length === 1 ? '' : 's'}</h3>
    ${s.mentions.map(mentionHtml).join('')}`;
  scrollMarks(body);
}

/** One mention: the article, the reporting sentence, and the article's text with the evidence (start..end) marked. */
function mentionHtml(m) {
  const a = m.article;
  const text = a.text ?? '';
  const start = Math.max(0, Math.min(text.length, m.start));
  const end = Math.max(start, Math.min(text.length, m.end));
  const title = a.title ?? '(untitled article)';
  return `<article class="mention" data-article="${esc(a.id)}" data-start="${m.start}" data-end="${m.end}">
    <h4>${a.url ? `<a href="${esc(a.url)}" rel="noreferrer noopener" target="_blank">${esc(title)}</a>` : esc(title)}</h4>
    <p class="meta">${esc(a.source ?? 'unknown source')} · ${a.publishedOn ?? 'undated'}</p>
    <blockquote class="sentence">${esc(m.sentence)}</blockquote>
    <div class="article-text">${esc(text.slice(0, start))}<mark class="evidence">${esc(text.slice(start, end))}</mark>${esc(text.slice(end))}</div>
  </article>`;
}

function scrollMarks(body) {
  for (const box of body.querySelectorAll('.article-text')) {
    const mark = box.querySelector('mark');
    if (mark) box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 40);
  }
}

document.addEventListener('click', (ev) => {
  const a = ev.target.closest('a[data-open]');
  if (!a || ev.ctrlKey || ev.metaKey || ev.shiftKey) return;
  ev.preventDefault();
  openPanel({ [a.dataset.open]: a.dataset.id });
});

// --- the whole view -------------------------------------------------------------------------------------------------

async function refresh() {
  explorer.state = structuredClone(state);
  const panelDependsOnFilter = Boolean(state.pair);
  const work = [loadTimeline(), loadNetwork()];
  if (panelDependsOnFilter) loadPanel();
  const results = await Promise.allSettled(work);
  if (results.some((r) => r.reason instanceof Superseded)) return;
  if (!explorer.rendered) {
    explorer.rendered = true;
    explorer.firstRenderMs = performance.now();
    document.documentElement.dataset.rendered = results.every((r) => r.status === 'fulfilled') ? 'true' : 'error';
  }
  explorer.ready = (explorer.ready ?? 0) + 1;
  document.documentElement.dataset.ready = String(explorer.ready);
}

function start() {
  buildControls();
  syncControls();
  explorer.state = structuredClone(state);
  window.addEventListener('popstate', () => {
    state = readUrl();
    syncControls();
    refresh();
    loadPanel();
  });
  window.addEventListener('resize', () => {
    timelineChart?.resize();
    networkChart?.resize();
  });
  chartsLoaded = import('./charts.js').then((m) => {
    echarts = m.echarts;
    timelineChart = echarts.init($('timeline'), null, { renderer: 'canvas' });
    networkChart = echarts.init($('network'), null, { renderer: 'canvas' });
    timelineChart.on('brushEnd', onBrushEnd);
    networkChart.on('click', (p) => {
      if (p.dataType === 'node') openPanel({ person: p.data.id });
      if (p.dataType === 'edge') openPanel({ pair: `${p.data.source},${p.data.target}` });
    });
  }, (e) => {
    explorer.errors.push(`charts: ${e.message}`);
    showSummaryError('The chart library did not load; reload the page. If it persists, the build did not bundle it.');
    throw e;
  });
  refresh();
  if (!state.pair) loadPanel();
}

function esc(s) {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;',
    "'": '&#39;' })[c]);
}

start();
