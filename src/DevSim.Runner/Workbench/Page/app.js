// The DevSim workbench page. Plain JavaScript, no build step. The server owns every rule: this page sends what was
// typed and shows the engine's answers (problems keyed by field, first-order terms, run results); it checks nothing itself.
"use strict";

const state = { draft: null, check: null, portfolio: null, portfolioCheck: null, builtIns: [], kinds: [], values: {}, runs: [], shown: null, compare: [], running: null };
const $ = id => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (k === "text") node.textContent = v;
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function getJson(url) {
  const response = await fetch(url);
  return { ok: response.ok, body: await response.json() };
}

async function postJson(url, body) {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { ok: response.ok, body: await response.json() };
}

function fmt(value, digits = 2) {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  return Number(value).toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

// ---------------------------------------------------------------- the scenario editor

function loadDraft(draft) {
  state.draft = draft;
  $("upload-problems").hidden = true;
  $("upload-problems").replaceChildren();
  renderEditor();
  check();
}

// An input bound to one value of the draft; key is the reader's name for it, so a problem lands on it.
function input(value, key, set, cls) {
  return el("input", {
    value: value ?? "", "data-key": key, class: cls, "aria-label": key,
    oninput: e => { set(e.target.value); afterEdit(e.target); },
  });
}

function afterEdit(target) {
  if (target && target.closest(".grid")) colourCell(target);
  scheduleCheck();
}

const probabilityKey = "rework.probability", impactKey = "rework.impact";
const cellKey = (matrix, i, j) => `${matrix}, row ${i}, column ${j}`;
const taskKey = (k, field) => `tasks, entry ${k}, ${field}`;
const resourceKey = (k, field) => `resources, entry ${k}, ${field}`;

function renderEditor() {
  const d = state.draft;
  $("file-name").textContent = d.fileName;
  const form = $("scenario-form");
  form.replaceChildren(
    el("div", { class: "row" },
      el("label", {}, "name ", input(d.name, "name", v => d.name = v, "name")),
      el("label", {}, "durations ", el("select", { "data-key": "durations.distribution", onchange: e => { d.distribution = e.target.value; scheduleCheck(); } },
        ["triangular", "uniform", "fixed"].map(x => el("option", { value: x, selected: x === d.distribution }, x)))),
      el("label", {}, "spread ", input(d.spread, "durations.spread", v => d.spread = v, "num"))),
    resourcesTable(d), tasksTable(d),
    el("div", { class: "matrices" },
      el("h3", { "data-key": probabilityKey }, "Rework probability RP (row: the task reworked, column: the task causing it)"),
      matrixGrid(d, "probability", probabilityKey, 1),
      el("h3", { "data-key": impactKey }, "Rework impact RI (a fraction of the reworked task's work)"),
      matrixGrid(d, "impact", impactKey, null),
      el("h3", {}, "First-order rework term RP × RI × d(i) per cell, for the sequence below ", el("span", { id: "terms-total", class: "hint" })),
      el("div", { id: "terms" })),
    el("h3", {}, "Sequence and precedence"),
    el("div", { class: "row" }, el("label", {}, "sequence ", input(d.sequence, "sequence", v => d.sequence = v, "sequence")),
      el("span", { class: "hint" }, "task ids, comma-separated; empty: 1..n (or the first order the pairs allow)")),
    precedenceList(d),
    readOnlyNotes(d) ?? "");
}

function resourcesTable(d) {
  const rows = d.resources.map((r, k) => el("tr", {},
    el("td", {}, input(r.name, resourceKey(k + 1, "name"), v => d.resources[k] = { ...d.resources[k], name: v }, "name")),
    el("td", {}, input(r.capacity, resourceKey(k + 1, "capacity"), v => d.resources[k] = { ...d.resources[k], capacity: v }, "num")),
    el("td", {}, el("button", { title: "remove this resource", onclick: () => { d.resources.splice(k, 1); renderEditor(); check(); } }, "×"))));
  return el("div", {},
    el("h3", { "data-key": "resources" }, "Shared resources ", el("span", { class: "hint" }, "(a task naming none gets one of its own, capacity 1)")),
    el("table", { class: "list", id: "resources" }, el("tr", {}, el("th", {}, "name"), el("th", {}, "capacity")), rows),
    el("button", { onclick: () => { d.resources.push({ name: `Team ${d.resources.length + 1}`, capacity: "1" }); renderEditor(); check(); } }, "+ resource"));
}

function tasksTable(d) {
  const names = d.resources.map(r => r.name);
  const rows = d.tasks.map((t, k) => el("tr", {},
    el("td", {}, input(t.id, taskKey(k + 1, "id"), v => d.tasks[k] = { ...d.tasks[k], id: v }, "id")),
    el("td", {}, input(t.name, taskKey(k + 1, "name"), v => d.tasks[k] = { ...d.tasks[k], name: v }, "name")),
    el("td", {}, input(t.duration, taskKey(k + 1, "duration"), v => d.tasks[k] = { ...d.tasks[k], duration: v }, "num")),
    el("td", {}, el("select", { "data-key": taskKey(k + 1, "resource"), onchange: e => { d.tasks[k] = { ...d.tasks[k], resource: e.target.value }; scheduleCheck(); } },
      el("option", { value: "", selected: t.resource === "" }, "(its own)"),
      [...new Set([...names, t.resource].filter(x => x !== ""))].map(n => el("option", { value: n, selected: n === t.resource }, n))))));
  return el("div", {},
    el("h3", { "data-key": "tasks" }, "Tasks"),
    el("table", { class: "list", id: "tasks" }, el("tr", {}, el("th", {}, "id"), el("th", {}, "name"), el("th", {}, "duration (days)"), el("th", {}, "resource")), rows),
    el("button", { onclick: addTask }, "+ task"), " ",
    el("button", { onclick: removeLastTask, disabled: d.tasks.length <= 1 }, "− last task"));
}

function sequenceIds(d) { return d.sequence.split(",").map(s => s.trim()).filter(s => s !== ""); }

function addTask() {
  const d = state.draft, id = String(d.tasks.length + 1);
  d.tasks.push({ id, name: `Task ${id}`, duration: "1", resource: "" });
  for (const m of [d.probability, d.impact]) { m.forEach(row => row.push("0")); m.push(Array(d.tasks.length).fill("0")); }
  if (d.sequence.trim() !== "") d.sequence = [...sequenceIds(d), id].join(", ");
  renderEditor(); check();
}

function removeLastTask() {
  const d = state.draft, id = String(d.tasks.length);
  const at = d.tasks.findIndex(t => t.id.trim() === id);
  d.tasks.splice(at >= 0 ? at : d.tasks.length - 1, 1);
  for (const m of [d.probability, d.impact]) { m.pop(); m.forEach(row => row.pop()); }
  if (d.sequence.trim() !== "") d.sequence = sequenceIds(d).filter(x => x !== id).join(", ");
  d.precedence = d.precedence.filter(p => !p.map(x => x.trim()).includes(id));
  renderEditor(); check();
}

function taskName(d, id) { return d.tasks.find(t => t.id.trim() === String(id))?.name ?? ""; }

// RP cells are coloured on [0, 1]; RI cells on [0, the largest impact]; the diagonal is never used.
function colourCell(cell) {
  const v = parseFloat(cell.value), top = parseFloat(cell.dataset.top || "0") || 1;
  if (cell.classList.contains("diagonal") || !(v > 0)) { cell.style.background = ""; return; }
  const share = Math.min(1, v / top);
  cell.style.background = `rgba(31, 95, 191, ${0.08 + 0.55 * share})`;
  cell.style.color = share > 0.6 ? "#fff" : "";
}

function matrixGrid(d, field, key, top) {
  const m = d[field];
  const n = m.length;
  const scale = top ?? Math.max(1, ...m.flat().map(parseFloat).filter(Number.isFinite));
  const head = el("tr", {}, el("th", {}), m.map((_, j) => el("th", { title: taskName(d, j + 1) }, j + 1)));
  const rows = m.map((row, i) => el("tr", {},
    el("th", { class: "rowhead", "data-key": `${key}, row ${i + 1}`, title: taskName(d, i + 1) }, `${i + 1} ${taskName(d, i + 1)}`),
    row.map((value, j) => {
      const cell = input(value, cellKey(key, i + 1, j + 1), v => m[i][j] = v, i === j ? "diagonal" : "");
      cell.dataset.top = scale;
      cell.title = `${key}, row ${i + 1} (${taskName(d, i + 1)}), column ${j + 1} (${taskName(d, j + 1)})`;
      colourCell(cell);
      return el("td", {}, cell);
    })));
  return el("table", { class: "grid", id: `grid-${field}` }, head, rows, n === 0 ? el("tr", {}, el("td", {}, "(no rows)")) : null);
}

function precedenceList(d) {
  const rows = d.precedence.map((pair, k) => el("div", { class: "row", "data-key": `precedence, pair ${k + 1}` },
    input(pair[0], `precedence, pair ${k + 1}`, v => d.precedence[k] = [v, d.precedence[k][1]], "num"), " before ",
    input(pair[1], `precedence, pair ${k + 1}`, v => d.precedence[k] = [d.precedence[k][0], v], "num"),
    el("button", { title: "remove this pair", onclick: () => { d.precedence.splice(k, 1); renderEditor(); check(); } }, "×")));
  return el("div", { "data-key": "precedence", id: "precedence" },
    el("div", { class: "hint" }, "Precedence pairs: the first task is executed before the second first starts."), rows,
    el("button", { onclick: () => { d.precedence.push(["1", "2"]); renderEditor(); check(); } }, "+ pair"));
}

function readOnlyNotes(d) {
  const notes = [];
  if (Object.keys(d.staffing).length) notes.push("staffing: " + Object.entries(d.staffing).map(([r, p]) => `${r} → ${p}`).join(", "));
  if (Object.keys(d.model).length) notes.push("model readings: " + Object.entries(d.model).map(([k, v]) => `${k}: ${v}`).join(", "));
  return notes.length ? el("p", { class: "hint" }, notes.join("; "), " (kept as read)") : null;
}

let checkTimer = null;
function scheduleCheck() { clearTimeout(checkTimer); checkTimer = setTimeout(check, 200); }

let checkSerial = 0;
async function check() {
  clearTimeout(checkTimer);
  const serial = ++checkSerial;
  const { body } = await postJson("/api/scenarios/check", state.draft);
  if (serial !== checkSerial) return; // a later edit's answer is on its way
  state.check = body;
  showCheck(body);
}

function showCheck(result) {
  document.querySelectorAll("#scenario-form .bad").forEach(x => { x.classList.remove("bad"); x.removeAttribute("data-problem"); });
  for (const p of result.problems) {
    const targets = [...document.querySelectorAll("#scenario-form [data-key]")].filter(x => x.dataset.key === p.key);
    for (const t of targets) {
      t.classList.add("bad");
      t.dataset.problem = p.message;
      t.title = `${p.key}: ${p.message}`;
    }
  }
  $("problems").replaceChildren(...result.lines.map(line => el("div", { class: "problem" }, line)));
  $("problems").dataset.valid = result.valid;
  const terms = $("terms");
  if (!result.terms) {
    terms.replaceChildren(el("p", { class: "hint" }, "shown once the scenario reads without problems"));
    $("terms-total").textContent = "";
    return;
  }
  const top = Math.max(1e-12, ...result.terms.flat());
  terms.replaceChildren(el("table", { class: "terms", id: "terms-grid" },
    el("tr", {}, el("th", {}), result.terms.map((_, j) => el("th", {}, j + 1))),
    result.terms.map((row, i) => el("tr", {}, el("th", { class: "rowhead" }, i + 1), row.map((v, j) => el("td", {
      "data-key": `term, row ${i + 1}, column ${j + 1}`,
      style: v > 0 ? `background: rgba(191, 95, 31, ${0.08 + 0.6 * v / top})` : "",
      title: `RP × RI × d(${i + 1})`,
    }, v > 0 ? fmt(v, 2) : ""))))));
  $("terms-total").textContent = `total ${fmt(result.firstOrderTotal, 3)} days: a lower bound on the expected rework of one project alone`;
}

// ---------------------------------------------------------------- opening, uploading, downloading

async function openBuiltIn() {
  const { ok, body } = await getJson(`/api/scenarios/${encodeURIComponent($("builtin").value)}`);
  if (ok) loadDraft(body); else showUploadProblems(body);
}

async function upload(file) {
  const response = await fetch(`/api/scenarios/upload?name=${encodeURIComponent(file.name)}`, { method: "POST", body: file });
  const body = await response.json();
  if (response.ok) loadDraft(body); else showUploadProblems(body, file.name);
}

// The uploaded text with its line numbers, each problem under the line the reader found it on.
function showUploadProblems(body, name, box = $("upload-problems")) {
  box.hidden = false;
  const parts = [el("h3", {}, `${name ?? "The file"} was not opened:`), el("div", { class: "problems", id: "upload-lines" }, body.lines.map(l => el("div", {}, l)))];
  if (body.text !== undefined && body.text !== null) {
    const byLine = new Map();
    for (const p of body.problems || []) if (p.line) byLine.set(p.line, [...(byLine.get(p.line) || []), `${p.key ? p.key + ": " : ""}${p.message}`]);
    const lines = body.text.split("\n");
    parts.push(el("div", { class: "upload-text" }, lines.map((text, i) => el("div", { class: byLine.has(i + 1) ? "bad" : "", "data-line": i + 1 },
      el("span", { class: "ln" }, i + 1), text, (byLine.get(i + 1) || []).map(m => el("span", { class: "msg" }, "↑ " + m))))));
  }
  box.replaceChildren(...parts);
}

function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function downloadYaml() {
  await check();
  download(state.draft.fileName.replace(/\.json$/i, ".yaml"), state.check.yaml, "text/yaml");
}

// ---------------------------------------------------------------- the portfolio editor

const typePrefix = (t, k) => `types, ${t.name.trim() !== "" ? t.name : `entry ${k + 1}`}`;
const newMap = () => ({});

function loadPortfolio(draft) {
  state.portfolio = draft;
  $("portfolio-upload-problems").hidden = true;
  $("portfolio-upload-problems").replaceChildren();
  renderPortfolio();
  checkPortfolio();
}

function portfolioChanged() { renderPortfolio(); checkPortfolio(); }

function pinput(value, key, set, cls) {
  return el("input", { value: value ?? "", "data-key": key, class: cls, "aria-label": key, oninput: e => { set(e.target.value); schedulePortfolioCheck(); } });
}

function pselect(value, key, options, set) {
  return el("select", { "data-key": key, "aria-label": key, onchange: e => { set(e.target.value); portfolioChanged(); } },
    options.map(([v, label]) => el("option", { value: v, selected: v === value }, label)));
}

function renderPortfolio() {
  const p = state.portfolio;
  $("portfolio-file").textContent = p.fileName;
  const disciplines = [["", "(fifo)"], ["fifo", "fifo"], ["priority", "priority"], ["edd", "edd"], ["srw", "srw"], ["slack", "slack"]];
  const pool = p.resources.map((r, k) => el("tr", {},
    el("td", {}, pinput(r.name, `resources, entry ${k + 1}, name`, v => p.resources[k] = { ...p.resources[k], name: v }, "name")),
    el("td", {}, pinput(r.capacity, `resources, entry ${k + 1}, capacity`, v => p.resources[k] = { ...p.resources[k], capacity: v }, "num")),
    el("td", {}, el("button", { title: "remove this resource", onclick: () => { p.resources.splice(k, 1); portfolioChanged(); } }, "×"))));
  const scenarios = [["", "(inline process)"], ...state.builtIns.map(n => [n, n])];
  const policies = [["", "(static)"], ["static", "static"], ["dynamic", "dynamic"], ["rework-aware", "rework-aware"]];
  const types = p.types.flatMap((t, k) => {
    const key = typePrefix(t, k);
    const set = field => v => p.types[k] = { ...p.types[k], [field]: v };
    const map = Object.entries(t.resources || {});
    const row = el("tr", { "data-key": key },
      el("td", {}, pinput(t.name, `${key}, name`, set("name"), "name")),
      el("td", {}, pselect(t.scenario, `${key}, scenario`, t.scenario === "" || state.builtIns.includes(t.scenario) ? scenarios : [...scenarios, [t.scenario, t.scenario]], set("scenario"))),
      el("td", {}, pselect(t.policy, `${key}, policy`, t.policy === "" || policies.some(x => x[0] === t.policy) ? policies : [...policies, [t.policy, t.policy]], set("policy"))),
      el("td", {}, pselect(t.arrivals, `${key}, arrivals`, [["interarrival", "Poisson"], ["fixed", "fixed"]], set("arrivals")),
        " ", pinput(t.every, `${key}, arrivals, ${t.arrivals}`, set("every"), "num")),
      el("td", {}, pinput(t.priority, `${key}, priority`, set("priority"), "num")),
      el("td", {}, pinput(t.dueAllowance, `${key}, due-allowance`, set("dueAllowance"), "num")),
      el("td", {}, pinput(t.wipCap, `${key}, wip-cap`, set("wipCap"), "num")),
      el("td", {}, pinput(t.sequence, `${key}, sequence`, set("sequence"), "sequence")),
      el("td", {}, el("button", { title: "remove this type", onclick: () => { p.types.splice(k, 1); portfolioChanged(); } }, "×")));
    const extra = [];
    if (t.scenario === "") {
      extra.push(el("tr", {}, el("td", { colspan: 9 }, el("textarea", {
        "data-key": `${key}, process`, "aria-label": `${key}, process`, spellcheck: "false",
        oninput: e => { p.types[k] = { ...p.types[k], process: e.target.value }; schedulePortfolioCheck(); },
      }, t.process))));
    }
    // The map from the scenario's resource names onto the pool's, edited as pairs; kept in the order entered.
    const setMap = pairs => { p.types[k] = { ...p.types[k], resources: Object.fromEntries(pairs.filter(([a]) => a !== "")) }; };
    const pairs = map.map(([a, b], j) => el("span", { class: "pair" },
      el("input", { value: a, class: "name", "aria-label": `${key}, resources, entry ${j + 1}, scenario resource`,
        onchange: e => { const next = [...map]; next[j] = [e.target.value, b]; setMap(next); portfolioChanged(); } }),
      " → ",
      el("input", { value: b, class: "name", "data-key": `${key}, resources, ${a}`, "aria-label": `${key}, resources, ${a}`,
        oninput: e => { const next = [...map]; next[j] = [a, e.target.value]; setMap(next); schedulePortfolioCheck(); } }),
      el("button", { title: "remove this mapping", onclick: () => { setMap(map.filter((_, i) => i !== j)); portfolioChanged(); } }, "×"), " "));
    extra.push(el("tr", {}, el("td", { colspan: 9, "data-key": `${key}, resources` },
      el("span", { class: "hint" }, "resources mapped onto the pool: "), ...pairs,
      el("button", { title: "map one of this type's resources onto a pool resource of another name",
        onclick: () => { const next = [...map, [`resource ${map.length + 1}`, ""]]; setMap(next); portfolioChanged(); } }, "+ map"))));
    return [row, ...extra];
  });
  $("portfolio-form").replaceChildren(
    el("div", { class: "row" },
      el("label", {}, "name ", pinput(p.name, "name", v => p.name = v, "name")),
      el("label", {}, "discipline ", pselect(p.discipline, "discipline", disciplines.some(x => x[0] === p.discipline) ? disciplines : [...disciplines, [p.discipline, p.discipline]], v => p.discipline = v)),
      el("label", {}, "WIP cap ", pinput(p.wipCap, "wip-cap", v => p.wipCap = v, "num")), el("span", { class: "hint" }, "(empty: none)")),
    el("h3", { "data-key": "resources" }, "Pool ", el("span", { class: "hint" }, "(none listed: the union of the types' own resources)")),
    el("table", { class: "list", id: "pool" }, el("tr", {}, el("th", {}, "resource"), el("th", {}, "capacity")), pool),
    el("button", { onclick: () => { p.resources.push({ name: "", capacity: "1" }); portfolioChanged(); } }, "+ resource"),
    el("h3", { "data-key": "types" }, "Project types ", el("span", { class: "hint" }, "(their order gives each its random streams)")),
    el("div", { class: "scroll" }, el("table", { class: "list types", id: "types" },
      el("tr", {}, ["name", "scenario", "policy", "arrivals, every (days)", "priority", "due allowance", "WIP cap", "sequence"].map(h => el("th", {}, h))), types)),
    el("button", { onclick: () => { p.types.push(newType(`Type ${p.types.length + 1}`, state.builtIns[0], "")); portfolioChanged(); } }, "+ type"), " ",
    el("button", { id: "add-edited-type", title: "a type whose process is the scenario in the editor above, written inline",
      onclick: async () => { await check(); p.types.push(newType(state.draft.name || `Type ${p.types.length + 1}`, "", inlineScenario())); portfolioChanged(); } },
      "+ type: the scenario above"));
}

function newType(name, scenario, process) {
  return { name, scenario, process, policy: "", arrivals: "interarrival", every: "20", priority: "", dueAllowance: "", wipCap: "", sequence: "", resources: newMap() };
}

// The editor's scenario as YAML for a process: block, without the workbench's header comment.
function inlineScenario() { return state.check.yaml.split("\n").filter(l => !l.startsWith("#")).join("\n"); }

let portfolioTimer = null;
function schedulePortfolioCheck() { clearTimeout(portfolioTimer); portfolioTimer = setTimeout(checkPortfolio, 200); }

let portfolioSerial = 0;
async function checkPortfolio() {
  clearTimeout(portfolioTimer);
  const serial = ++portfolioSerial;
  const { body } = await postJson("/api/portfolios/check", state.portfolio);
  if (serial !== portfolioSerial) return;
  state.portfolioCheck = body;
  const form = $("portfolio-form");
  form.querySelectorAll(".bad").forEach(x => { x.classList.remove("bad"); x.removeAttribute("data-problem"); x.removeAttribute("title"); });
  const fields = [...form.querySelectorAll("[data-key]")];
  for (const p of body.problems) {
    // The field the problem names, or else the nearest thing holding it (a type's row for its resources map).
    let key = p.key, targets = [];
    while (key && !(targets = fields.filter(x => x.dataset.key === key)).length) key = key.includes(", ") ? key.slice(0, key.lastIndexOf(", ")) : "";
    for (const t of targets) { t.classList.add("bad"); t.dataset.problem = p.message; t.title = `${p.key}: ${p.message}`; }
  }
  $("portfolio-problems").replaceChildren(...body.lines.map(line => el("div", { class: "problem" }, line)));
  $("portfolio-problems").dataset.valid = body.valid;
}

async function openPortfolio() {
  const { ok, body } = await getJson(`/api/portfolios/${encodeURIComponent($("portfolio-example").value)}`);
  if (ok) loadPortfolio(body); else showUploadProblems(body, null, $("portfolio-upload-problems"));
}

async function uploadPortfolio(file) {
  const response = await fetch(`/api/portfolios/upload?name=${encodeURIComponent(file.name)}`, { method: "POST", body: file });
  const body = await response.json();
  if (response.ok) loadPortfolio(body); else showUploadProblems(body, file.name, $("portfolio-upload-problems"));
}

async function downloadPortfolio() {
  await checkPortfolio();
  download(state.portfolio.fileName.replace(/\.json$/i, ".yaml"), state.portfolioCheck.yaml, "text/yaml");
}

// ---------------------------------------------------------------- runs

function renderKinds() {
  $("kind").replaceChildren(...state.kinds.map(k => el("option", { value: k.name }, k.name)));
  $("kind").value = "simulate";
  renderForm();
}

function currentKind() { return state.kinds.find(k => k.name === $("kind").value); }

function renderForm() {
  const kind = currentKind();
  const values = state.values[kind.name] ??= {};
  $("kind-title").textContent = kind.title + ". Empty fields take the command line's default.";
  $("subject").hidden = kind.subject !== "either";
  $("run-form").replaceChildren(...kind.fields.flatMap(f => {
    const id = `opt-${kind.name}${f.flag}`;
    // No default value: the help says what absence means ("[default: 10% of --projects]"), else the option is required or optional.
    const said = /default: ([^\])]*)[\])]/.exec(f.description);
    const hint = f.default !== null ? `default ${f.default}` : said ? `default: ${said[1]}` : f.flag === "--interarrival" ? "required with poisson or fixed" : "optional";
    const control = f.choices.length
      ? el("select", { id, name: f.flag, title: f.description, onchange: e => values[f.flag] = e.target.value },
        el("option", { value: "" }, `(${hint})`), f.choices.map(c => el("option", { value: c, selected: values[f.flag] === c }, c)))
      : el("input", { id, name: f.flag, title: f.description, placeholder: hint, value: values[f.flag] ?? "", oninput: e => values[f.flag] = e.target.value });
    return [el("label", { for: id, title: f.description }, f.flag), control];
  }));
}

// What a run of this kind is on: portfolio runs on the portfolio; capacity on either, as the page's choice says.
function onPortfolio(kind) {
  return kind.subject === "portfolio" || (kind.subject === "either" && document.querySelector("input[name=subject]:checked").value === "portfolio");
}

async function startRun() {
  const kind = currentKind();
  const options = Object.fromEntries(Object.entries(state.values[kind.name] || {}).filter(([, v]) => v !== ""));
  const controller = new AbortController();
  state.running = controller;
  setRunning(true, "sending");
  $("run-errors").replaceChildren();
  try {
    const response = await fetch("/api/runs", {
      method: "POST", headers: { "content-type": "application/json" }, signal: controller.signal,
      body: JSON.stringify(onPortfolio(kind) ? { kind: kind.name, portfolio: state.portfolio, options } : { kind: kind.name, scenario: state.draft, options }),
    });
    if (!response.ok) {
      showRunErrors((await response.json()).lines);
      return;
    }
    const reader = response.body.getReader(), decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let cut;
      while ((cut = buffer.indexOf("\n")) >= 0) {
        onRunEvent(JSON.parse(buffer.slice(0, cut)));
        buffer = buffer.slice(cut + 1);
      }
    }
  } catch (e) {
    if (e.name === "AbortError") $("run-state").textContent = "cancelled";
    else showRunErrors([`the workbench did not answer: ${e.message}`]);
  } finally {
    state.running = null;
    setRunning(false);
    status();
  }
}

function setRunning(on, text) {
  $("run").disabled = on;
  $("cancel").disabled = !on;
  $("progress").hidden = !on;
  if (on) { $("progress").removeAttribute("value"); $("run-state").textContent = text; }
}

function onRunEvent(e) {
  if (e.event === "queued") $("run-state").textContent = `queued: place ${e.place}`;
  else if (e.event === "started") { $("run-state").textContent = "running"; status(); }
  else if (e.event === "progress") { $("progress").value = e.done; $("run-state").textContent = `running: ${Math.round(100 * e.done)}%`; }
  else if (e.event === "failed") { showRunErrors(e.lines); $("run-state").textContent = "failed"; }
  else if (e.event === "finished") {
    $("run-state").textContent = "done";
    state.runs.push(e.run);
    showRun(e.run.id);
  }
}

function showRunErrors(lines) { $("run-errors").replaceChildren(...lines.map(l => el("div", {}, l))); }

function runLabel(run, k) {
  const args = run.arguments.slice(2).join(" ");
  return `#${k + 1} ${run.kind} ${run.scenario} ${args}`;
}

function renderRunList() {
  $("run-list").replaceChildren(...state.runs.map((run, k) => el("div", {},
    el("input", { type: "checkbox", title: "compare", checked: state.compare.includes(run.id), onchange: e => toggleCompare(run.id, e.target.checked) }), " ",
    el("label", { class: run.id === state.shown ? "current" : "", onclick: () => showRun(run.id) }, runLabel(run, k)))));
}

function toggleCompare(id, on) {
  state.compare = on ? [...state.compare.filter(x => x !== id), id].slice(-4) : state.compare.filter(x => x !== id);
  renderRunList();
  renderCompare();
}

function commandLine(run) {
  return "devsim " + run.arguments.map(a => /^[\w.,:\/=+-]+$/.test(a) ? a : `'${a}'`).join(" ");
}

function table(head, rows, id) {
  return el("table", { class: "result", id }, el("tr", {}, head.map(h => el("th", {}, h))),
    rows.map(r => el("tr", {}, r.map((c, i) => el("td", { class: i > 0 && typeof c === "number" ? "n" : "" }, typeof c === "number" ? fmt(c) : c)))));
}

const ci = (pair, d = 2) => pair ? `[${fmt(pair[0], d)}, ${fmt(pair[1], d)}]` : "";
const fileUrl = (run, name) => `/api/runs/${run.id}/files/${encodeURIComponent(name)}`;

function showRun(id) {
  state.shown = id;
  renderRunList();
  const run = state.runs.find(r => r.id === id);
  const r = run.report;
  const parts = [el("h2", {}, `Result #${state.runs.indexOf(run) + 1}`),
    el("div", { class: "hint" }, "The same as this command line on the downloaded scenario file:"),
    el("div", { class: "command", id: "command-line" }, commandLine(run))];
  if (run.warnings.length) parts.push(el("div", { class: "hint" }, run.warnings.join(" ")));
  if (run.kind === "evaluate") {
    parts.push(table(["measure", "value"], [["mean duration (days)", r.mean], ["95% CI", ci(r.ci95)], ["standard deviation", r.sd], ["standard error", fmt(r.se, 4)],
      ["replications", r.reps.toLocaleString("en-US")], ["seed", String(r.seed)], ["sequence", r.sequence.join(", ")]], "summary"));
    parts.push(table(["id", "task", "executions", "rework time (days)"], r.tasks.map(t => [String(t.id), t.name, t.executions, t.reworkTime]), "tasks-table"));
  } else if (run.kind === "simulate") {
    parts.push(el("p", {}, `${r.scenario}, ${r.policy} sequencing ${r.sequence.join(",")}, ${r.arrivals} arrivals every ${fmt(r.interarrival)} days on average; ` +
      `${r.projects.toLocaleString("en-US")} projects per replication (first ${r.warmup.toLocaleString("en-US")} discarded), ${r.reps} replications, seed ${r.seed}`));
    parts.push(el("p", { class: `verdict-${r.verdict}`, id: "verdict" }, `Verdict: ${r.verdict}`), el("ul", {}, r.reasons.map(x => el("li", {}, x))));
    const d = r.duration;
    parts.push(table(["per project", "mean", "95% CI", "sd", "p50", "p90", "p99"], [
      ["duration", d.mean, ci(d.ci95), d.sd, d.p50, d.p90, d.p99],
      ["waiting", r.waiting.mean, ci(r.waiting.ci95), "", "", "", ""],
      ["rework", r.rework.mean, ci(r.rework.ci95), "", "", "", ""],
      ["projects in system", r.inSystem.mean, ci(r.inSystem.ci95), "", "", "", ""]], "summary"));
    parts.push(table(["resource", "capacity", "offered load", "utilisation", "queue (avg)", "wait per request"],
      r.resources.map(x => [x.person ? `${x.name} (${x.person})` : x.name, String(x.capacity), fmt(x.offeredLoad, 3), fmt(x.utilization, 3), x.queue, x.wait]), "resources-table"));
    const mean = el("span", { id: "mean-duration", "data-value": String(d.mean) }, fmt(d.mean, 4));
    parts.push(el("p", {}, "Mean duration ", mean, " days."));
  } else if (run.kind === "optimize") {
    parts.push(el("p", {}, `${r.method}, objective ${r.objective}: ${r.evaluations.toLocaleString("en-US")} evaluations` +
      `${r.generations ? `, ${r.generations} generations` : ""}; stopped: ${r.stopReason}; seed ${r.seed}`));
    parts.push(table(["rank", "sequence", "mean", "95% CI", "sd", "fresh reps"],
      r.top.map((t, k) => [String(k + 1), t.sequence.join(","), t.mean, ci(t.ci95), t.sd, t.reps.toLocaleString("en-US")]), "top-table"));
    if (r.runnerUpDifference) {
      parts.push(el("p", { class: "hint" }, `best minus runner-up, paired: 95% CI ${ci(r.runnerUpDifference)} (${r.separated ? "separated" : "not separated"})`));
    }
    parts.push(el("button", { id: "use-best", onclick: () => { state.draft.sequence = r.best.sequence.join(", "); renderEditor(); check(); } },
      "Use the best sequence in the scenario"));
  } else if (run.kind === "analyze") {
    parts.push(el("p", {}, `${r.scenario}, sequence ${r.sequence.join(",")}: one project alone takes ${fmt(r.duration.mean)} days ` +
      `(95% CI ${ci(r.duration.ci95)}, ${r.reps.toLocaleString("en-US")} replications, seed ${r.seed})`));
    parts.push(table(["resource", "capacity", "work per project", "95% CI", "static limit (days between arrivals)", "offered load"],
      r.resources.map(x => [x.name, String(x.capacity), x.work, ci(x.workCi95), x.staticLimit, x.offeredLoad === null ? "not asked (no interarrival)" : fmt(x.offeredLoad, 3)]),
      "resources-table"));
    parts.push(table(["policy", "stability limit, days between arrivals", "projects per year", "how found", "binding resource"],
      r.limits.map(l => [l.policy, l.exact ? fmt(l.upper) : `${fmt(l.lower)} to ${fmt(l.upper)}`, l.projectsPerYear,
        l.exact ? "exact (work per resource)" : `bisection, ${l.simulations} simulations`, l.resource]), "limits-table"));
    parts.push(table(["reworked", "by", "first-order rework (days)", "share of the bound"],
      r.rework.topCouplings.map(c => [c.reworked, c.causing, c.term, `${fmt(100 * c.share, 1)}%`]), "couplings-table"));
  } else if (run.kind === "sensitivity") {
    parts.push(el("p", {}, `${r.scenario}, ${r.mode === "single-project" ? "one project alone" : `under load: ${r.policy} sequencing, arrivals every ${fmt(r.interarrival)} days`}; ` +
      `each change reduces by ${fmt(100 * r.reduction, 0)}%; baseline duration ${fmt(r.baseline.mean)} ${ci(r.baseline.ci95)}; ${r.reps.toLocaleString("en-US")} pairs per change, seed ${r.seed}`));
    const effect = e => `${fmt(e.mean)} ${ci(e.ci95)}${e.significant ? "" : " (not significant)"}`;
    parts.push(table(["rank", "reworked", "by", "RP", "RI", "RP reduced", "RI reduced", "coupling removed"],
      r.couplings.map(c => [String(c.rank), c.reworked.name, c.causing.name, fmt(c.probability, 2), fmt(c.impact, 2),
        effect(c.probabilityReduced), effect(c.impactReduced), effect(c.removed)]), "couplings-table"));
    parts.push(el("p", { class: "hint" }, "Effects are paired differences in mean duration (days; negative is shorter), each with its 95% CI."));
  } else if (run.kind === "portfolio") parts.push(...portfolioResult(r));
  else if (run.kind === "capacity") parts.push(...capacityResult(r));
  for (const svg of run.files.filter(f => f.endsWith(".svg"))) {
    const png = svg.replace(/\.svg$/, ".png");
    parts.push(el("figure", { "data-figure": svg }, el("img", { src: fileUrl(run, svg), alt: svg }),
      el("figcaption", {}, svg.replace(/\.svg$/, ""), " ", el("a", { href: fileUrl(run, svg), download: svg }, "SVG"),
        run.files.includes(png) ? el("a", { href: fileUrl(run, png), download: png }, "PNG") : null)));
  }
  parts.push(el("div", { class: "downloads" }, "Data: ", run.files.filter(f => /\.(csv|json)$/.test(f)).map(f => el("a", { href: fileUrl(run, f), download: f }, f))));
  $("result").replaceChildren(...parts);
}

const mci = (m, d = 2) => m === null || m === undefined || m.mean === null ? "not computed" : `${fmt(m.mean, d)} ${m.ci95 && m.ci95[0] !== null ? ci(m.ci95) : "(no CI)"}`;

// devsim portfolio's three tables (time, due dates, resources) and its verdict.
function portfolioResult(r) {
  const s = r.settings;
  const all = [...r.types, r.overall];
  return [
    el("p", {}, `${r.portfolio}: ${r.types.length} types, discipline ${s.discipline}, WIP cap ${s.wipCap ?? "none"}, load factor ${fmt(s.loadFactor)}; ` +
      `${s.projects.toLocaleString("en-US")} projects per replication (all types; first ${s.warmup.toLocaleString("en-US")} discarded), ${s.reps} replications, seed ${s.seed}`),
    el("p", { class: `verdict-${r.verdict}`, id: "verdict" }, `Verdict: ${r.verdict}`), el("ul", {}, r.reasons.map(x => el("li", {}, x))),
    table(["type", "projects", "duration (days), 95% CI", "waiting at resources"], all.map(t => [t.name, t.counted.toLocaleString("en-US"), mci(t.duration), mci(t.waiting)]), "types-table"),
    table(["type", "backlog wait", "tardiness", "on time"], all.map(t => [t.name, mci(t.backlogWait), mci(t.tardiness), mci(t.onTime)]), "due-table"),
    table(["resource", "capacity", "offered load", "utilisation", "queue", "by type (share of load)"], r.resources.map(x => [x.name, String(x.capacity),
      fmt(x.offeredLoad.mean, 2), fmt(x.utilization.mean, 2), fmt(x.queue.mean, 2), x.byType.filter(b => b.share > 0).map(b => `${b.type} ${fmt(100 * b.share, 0)}%`).join(", ")]), "pool-table"),
    el("p", {}, "Mean duration over all types ", el("span", { id: "overall-mean", "data-value": String(r.overall.duration.mean) }, fmt(r.overall.duration.mean, 4)), " days."),
    el("p", { class: "hint" }, "Means with 95% CIs across replications; not computed: a type without a due allowance has no due date, or no project of the type finished after the warm-up."),
  ];
}

const range = x => x === null || x === undefined ? "" : x.lower === null && x.upper === null ? "none" : `${x.lower === null ? "never" : fmt(x.lower)} to ${x.upper === null ? "never" : fmt(x.upper)}`;

// devsim capacity's brackets (per policy, or per discipline for a portfolio) and the plan of --add.
function capacityResult(r) {
  // As the command line's target line: an on-time target is a share every type must reach, and its "alone" a share too, not days.
  const onTime = Boolean(r.portfolio?.onTime);
  const goal = onTime ? `every type's on-time share is at least ${r.target}`
    : `${r.portfolio ? "every type's " : ""}${r.measure} stays within ${r.target ?? "(no target)"} days`;
  const alone = r.alone === null ? ""
    : onTime ? `; the least type alone ${fmt(r.alone, 3)}` : `; ${r.portfolio ? "the slowest type" : "one project"} alone ${fmt(r.alone)} days`;
  const parts = [el("p", { id: "capacity-goal" }, `${r.scenario ?? r.portfolio?.name}: the highest rate at which ${goal}; seed ${r.seed}; ` +
    `${r.settings.reps} replications per simulation, ${r.settings.projects.toLocaleString("en-US")} projects${alone}`)];
  if (r.results.length) {
    parts.push(table(["policy", "discipline", "projects per year (bracket)", "days between arrivals", "stopped because", "simulations"],
      r.results.map(x => [x.policy, x.discipline ?? "", range(x.projectsPerYear), range(x.interarrival), x.stoppedBecause, String(x.evaluations)]), "capacity-table"));
    parts.push(el("p", { class: "hint" }, "The target is met at the bracket's slower end and missed at its faster end (common random numbers across rates)."));
    // An unreachable target says which type (or the project alone) is out of reach, why, and what to change.
    for (const x of r.results)
      for (const u of x.unreachable ?? [])
        parts.push(el("p", { class: "warning" }, `${x.discipline ?? x.policy}: unreachable: ${u.reason}; ${u.whatToDo}`));
  }
  if (r.plan && r.plan.length) {
    parts.push(table(["step", "policy", "add a server to", "new capacity", "gain, 95% CI", "objective"],
      r.plan.map(x => [String(x.step), x.policy, x.resource, String(x.capacity), `${fmt(x.gain.mean, x.objective === "on-time" ? 3 : 2)} ${ci(x.gain.ci95, x.objective === "on-time" ? 3 : 2)}`, x.objective]), "plan-table"));
  }
  for (const e of r.planEnds ?? [])
    parts.push(el("p", { class: "hint" }, e.targetMetAfter === null
      ? `${e.discipline ?? e.policy}: after ${e.steps} servers the least on-time share is ${fmt(e.leastOnTime.mean, 3)} ${ci(e.leastOnTime.ci95, 3)}, still short of ${r.target}`
      : e.targetMetAfter === 0
        ? `${e.discipline ?? e.policy}: every type already reaches the on-time share ${r.target} at this load (least ${fmt(e.leastOnTime.mean, 3)} ${ci(e.leastOnTime.ci95, 3)}): no server needed`
        : `${e.discipline ?? e.policy}: every type reaches the on-time share ${r.target} after ${e.targetMetAfter} server(s) (least ${fmt(e.leastOnTime.mean, 3)} ${ci(e.leastOnTime.ci95, 3)}); the plan stops there`));
  for (const w of r.warnings ?? [])
    parts.push(el("p", { class: "warning" }, w));
  return parts;
}

// Runs side by side (two or more: the first ticked is the base); each later one with its paired difference from the base
// where the server finds they share seed, replications and streams (it keeps their replications), else the reason why not.
function headline(run) {
  const r = run.report;
  if (run.kind === "simulate") return [["mean duration", r.duration.mean], ["mean waiting", r.waiting.mean], ["verdict", r.verdict]];
  if (run.kind === "portfolio") return [["mean duration, overall", r.overall.duration.mean], ["mean waiting, overall", r.overall.waiting.mean],
    ...r.types.map(t => [`mean duration, ${t.name}`, t.duration.mean]), ["verdict", r.verdict]];
  if (run.kind === "evaluate") return [["mean duration", r.mean]];
  if (run.kind === "analyze" || run.kind === "sensitivity") return [["mean duration, one project", (r.duration ?? r.baseline).mean]];
  if (run.kind === "optimize") return [["best mean duration", r.top[0].mean]];
  return r.results.map(x => [`projects per year, ${x.discipline ?? x.policy}`, range(x.projectsPerYear)]);
}

let compareSerial = 0;
async function renderCompare() {
  const serial = ++compareSerial;
  const runs = state.compare.map(id => state.runs.find(r => r.id === id));
  if (runs.length < 2) {
    $("compare").replaceChildren(runs.length ? el("p", { class: "hint" }, "tick another run to compare") : "");
    return;
  }
  const names = [...new Set(runs.flatMap(run => headline(run).map(([m]) => m)))];
  const values = runs.map(run => new Map(headline(run)));
  const label = run => `#${state.runs.indexOf(run) + 1} ${run.kind}`;
  const parts = [el("h3", {}, "Compared"),
    table(["", ...runs.map(label)], names.map(m => [m, ...values.map(v => v.has(m) ? v.get(m) : "")]), "compare-table")];
  for (const other of runs.slice(1)) {
    const { ok, body } = await getJson(`/api/compare?first=${runs[0].id}&second=${other.id}`);
    if (serial !== compareSerial) return;
    parts.push(el("h3", {}, `${label(other)} − ${label(runs[0])}`));
    if (!ok) parts.push(el("p", { class: "hint" }, "the server no longer keeps one of these runs"));
    else if (!body.paired) parts.push(el("p", { class: "hint paired-reason" }, `Not paired: ${body.reason}.`));
    else {
      parts.push(table(["measure", "base", "this run", "difference", "95% CI (paired)"],
        body.rows.map(x => [x.measure, x.first, x.second, x.note ? "not computed" : x.difference, x.note ?? ci(x.ci95)]), "paired-table"));
      parts.push(el("p", { class: "hint" }, `Method: ${body.method}.`));
    }
  }
  $("compare").replaceChildren(...parts);
}

// ---------------------------------------------------------------- start

async function status() {
  try {
    const { body } = await getJson("/api/status");
    $("status").textContent = `runs working ${body.active} of ${body.maxRuns}, waiting ${body.waiting}`;
  } catch { $("status").textContent = "the workbench is not answering"; }
}

async function start() {
  const [{ body: builtIns }, { body: kinds }] = await Promise.all([getJson("/api/scenarios"), getJson("/api/kinds")]);
  $("builtin").replaceChildren(...builtIns.map(n => el("option", { value: n }, n)));
  state.builtIns = builtIns;
  const { body: examples } = await getJson("/api/portfolios");
  $("portfolio-example").replaceChildren(...examples.map(n => el("option", { value: n }, n)));
  state.kinds = kinds;
  renderKinds();
  $("kind").addEventListener("change", renderForm);
  $("open-builtin").addEventListener("click", openBuiltIn);
  $("upload").addEventListener("change", e => { if (e.target.files.length) upload(e.target.files[0]); e.target.value = ""; });
  $("blank").addEventListener("click", async () => loadDraft((await getJson("/api/scenarios/blank")).body));
  $("download-yaml").addEventListener("click", downloadYaml);
  $("run").addEventListener("click", startRun);
  $("cancel").addEventListener("click", () => state.running?.abort());
  $("open-portfolio").addEventListener("click", openPortfolio);
  $("portfolio-upload").addEventListener("change", e => { if (e.target.files.length) uploadPortfolio(e.target.files[0]); e.target.value = ""; });
  $("portfolio-blank").addEventListener("click", async () => loadPortfolio((await getJson("/api/portfolios/blank")).body));
  $("download-portfolio").addEventListener("click", downloadPortfolio);
  await openBuiltIn();
  await openPortfolio();
  status();
  setInterval(status, 2000);
  document.body.dataset.ready = "true";
}

start();
