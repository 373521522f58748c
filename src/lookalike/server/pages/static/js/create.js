// The Create screen: four ways to a spec (sentence, template, text, visual), one preview,
// and a job or a stream at the end. Everything goes through the public /v1 API.
import { api, ApiError, debounce, h, rowsTable, saveResponse, say } from "./api.js";
import { VisualEditor } from "./visual.js";

const $ = (id) => document.getElementById(id);
const yaml = window.jsyaml;

const state = {
  tab: "template", // sentence | template | text | visual
  get template() {
    return $("template").value;
  },
  templates: [],
  spec: null, // the spec object of the text and visual editors (null until one is opened)
  specError: null, // why the current text does not parse or validate
  kinds: new Map(), // kind name -> its entry of /v1/kinds
};

// ---- where rows come from ------------------------------------------------------------------

function source() {
  if (state.tab === "template" || state.spec === null) return { template: state.template };
  return { spec: state.spec };
}

function overrides() {
  const out = {};
  if ($("rows").value !== "") out.rows = Number($("rows").value);
  if ($("seed").value !== "") out.seed = Number($("seed").value);
  if ($("locale").value !== "") out.locale = $("locale").value;
  return out;
}

function tablesOf() {
  if (state.tab === "template" || state.spec === null) {
    const info = state.templates.find((t) => t.name === state.template);
    return info ? Object.keys(info.tables) : [];
  }
  return Object.keys(state.spec?.tables ?? {});
}

// ---- the text editor -----------------------------------------------------------------------

const language = () => document.querySelector('input[name="language"]:checked').value;

function dump(spec) {
  return language() === "json" ? JSON.stringify(spec, null, 2) + "\n" : yaml.dump(spec, { lineWidth: 100, noRefs: true });
}

// The line (1-based) of a dotted path such as tables.t.fields.a.kind in YAML or JSON text.
function lineOf(text, path) {
  let position = 0;
  for (const part of path.split(".")) {
    if (/^\d+$/.test(part)) continue;
    const escaped = part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const pattern = new RegExp(`(^|[\\s{,])["']?${escaped}["']?\\s*:`, "m");
    const match = pattern.exec(text.slice(position));
    if (!match) break;
    position += match.index + match[1].length;
  }
  return text.slice(0, position).split("\n").length;
}

function goToLine(line) {
  const area = $("spec-text");
  const lines = area.value.split("\n");
  const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
  area.focus();
  area.setSelectionRange(start, start + (lines[line - 1] ?? "").length);
}

function showSpecProblem(status, message, path, line) {
  state.specError = message;
  previewTicket += 1; // a preview under way is of the old spec
  say($("preview-message"), "The preview waits for a valid spec.", "info");
  $("preview").replaceChildren();
  const box = $(status);
  box.className = "message error";
  box.setAttribute("role", "alert");
  const where = path ? h("code", {}, path) : null;
  const jump = line && status === "spec-status"
    ? h("button", { type: "button", class: "small", onclick: () => goToLine(line) }, `Go to line ${line}`)
    : null;
  box.replaceChildren(
    h("strong", {}, line ? `Line ${line}: ` : "Problem: "),
    where, where ? " " : null, message, " ", jump,
  );
  if (status === "spec-status") $("spec-text").setAttribute("aria-invalid", "true");
}

function showSpecValid(status, answer) {
  state.specError = null;
  const tables = Object.entries(answer.tables).map(([t, n]) => `${t} (${n.toLocaleString("en")} rows)`);
  say($(status), `Valid: ${tables.join(", ")}.`, "ok");
  if (status === "spec-status") $("spec-text").removeAttribute("aria-invalid");
}

function parseText() {
  const text = $("spec-text").value;
  try {
    const spec = yaml.load(text);
    if (spec === null || typeof spec !== "object" || Array.isArray(spec)) {
      return { error: "the spec must be a mapping with `tables:` (see the schema)", line: 1 };
    }
    return { spec };
  } catch (error) {
    const line = error.mark ? error.mark.line + 1 : null;
    return { error: `not valid ${language().toUpperCase()}: ${error.reason ?? error.message}`, line };
  }
}

async function validate(status) {
  try {
    const answer = await api("POST", "/v1/specs/validate", { spec: state.spec, ...overrides() });
    showSpecValid(status, answer);
    return true;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const path = error.field && error.field !== "spec" ? error.field : null;
    const message = path && error.message.startsWith(`${path}: `) ? error.message.slice(path.length + 2) : error.message;
    const line = status === "spec-status" && path ? lineOf($("spec-text").value, path) : null;
    showSpecProblem(status, message, path, line);
    return false;
  }
}

const onText = debounce(async () => {
  const parsed = parseText();
  if (parsed.error) {
    showSpecProblem("spec-status", parsed.error, null, parsed.line);
    return;
  }
  state.spec = parsed.spec;
  refreshTables();
  if (await validate("spec-status")) refreshPreview();
}, 300);

// ---- the visual editor ---------------------------------------------------------------------

let visual = null;
let previewTicket = 0;

const onVisual = debounce(async (spec) => {
  state.spec = spec;
  refreshTables();
  if (await validate("visual-status")) refreshPreview();
}, 300);

// ---- tabs: switching keeps the spec ----------------------------------------------------------

// A spec without the options left at their kind's defaults (the same spec, easier to read).
function compact(spec) {
  const out = structuredClone(spec);
  for (const table of Object.values(out.tables ?? {})) {
    if (Array.isArray(table.unique) && !table.unique.length) delete table.unique;
    for (const field of Object.values(table.fields ?? {})) {
      const parameters = state.kinds.get(field.kind)?.parameters ?? {};
      for (const [option, schema] of Object.entries(parameters)) {
        if ("default" in schema && JSON.stringify(field[option]) === JSON.stringify(schema.default)) {
          delete field[option];
        }
      }
    }
  }
  return out;
}

async function templateSpec(name) {
  const answer = await api("GET", `/v1/templates/${encodeURIComponent(name)}`);
  return compact(answer.spec);
}

// Resolved once the kinds and templates are in (a tab chosen sooner waits for them).
let markReady;
const ready = new Promise((resolve) => {
  markReady = resolve;
});

async function selectTab(tab) {
  await ready;
  say($("switch-message"), "");
  if (tab === state.tab) return;
  if (state.tab === "text" && tab !== "template") {
    const parsed = parseText();
    if (parsed.error) {
      say($("switch-message"), `Fix the spec first (${parsed.error}${parsed.line ? `, line ${parsed.line}` : ""}); the other editor needs a readable spec.`, "error");
      $("tab-text").focus();
      return;
    }
    state.spec = parsed.spec;
  }
  if (state.tab === "visual") state.spec = visual.toSpec();
  if ((tab === "text" || tab === "visual") && state.spec === null) {
    try {
      state.spec = await templateSpec(state.template);
    } catch (error) {
      say($("switch-message"), error.message, "error");
      return;
    }
  }
  if (tab === "text") {
    $("spec-text").value = dump(state.spec);
    onText();
  }
  if (tab === "visual") {
    visual.load(state.spec);
    onVisual(state.spec);
  }
  state.tab = tab;
  for (const name of ["sentence", "template", "text", "visual"]) {
    const selected = name === tab;
    $(`tab-${name}`).setAttribute("aria-selected", String(selected));
    $(`tab-${name}`).tabIndex = selected ? 0 : -1;
    $(`panel-${name}`).hidden = !selected;
  }
  refreshTables();
  refreshPreview();
}

function wireTabs() {
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  for (const tab of tabs) {
    tab.addEventListener("click", () => selectTab(tab.id.slice(4)));
    tab.addEventListener("keydown", (event) => {
      const visible = tabs.filter((t) => !t.hidden);
      const at = visible.indexOf(tab);
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      let target = null;
      if (step) target = visible[(at + step + visible.length) % visible.length];
      if (event.key === "Home") target = visible[0];
      if (event.key === "End") target = visible[visible.length - 1];
      if (target) {
        event.preventDefault();
        target.focus();
        selectTab(target.id.slice(4));
      }
    });
  }
}

// ---- preview ----------------------------------------------------------------------------------

function refreshTables() {
  const select = $("preview-table");
  const before = select.value;
  const tables = tablesOf();
  select.replaceChildren(...tables.map((t) => h("option", { value: t, selected: t === before }, t)));
}

function previewBody() {
  const rows = Math.max(1, Math.min(100, Number($("preview-rows").value) || 10));
  const body = { ...source(), ...overrides(), rows };
  if ($("preview-table").value) body.table = $("preview-table").value;
  return body;
}

const refreshPreview = debounce(async () => {
  const ticket = ++previewTicket;
  if (state.tab !== "template" && state.specError) return;
  const body = previewBody();
  try {
    const answer = await api("POST", "/v1/preview", body);
    if (ticket !== previewTicket) return;
    // The choices changed while the rows were on their way (a template picked by a
    // list that arrived late): ask again rather than show another spec's rows.
    if (JSON.stringify(previewBody()) !== JSON.stringify(body)) {
      refreshPreview();
      return;
    }
    say($("preview-message"), `First ${answer.rows} rows of ${answer.table} (seed ${answer.seed}).`, "info");
    $("preview").replaceChildren(rowsTable(answer.data, `Preview of ${answer.table}`));
  } catch (error) {
    if (ticket !== previewTicket) return;
    say($("preview-message"), error.message, "error");
    $("preview").replaceChildren();
  }
}, 250);

// ---- generate, stream, save ---------------------------------------------------------------------

function formats() {
  return [...document.querySelectorAll('input[name="format"]:checked')].map((b) => b.value);
}

// The source with the Name box's name, if any (a template becomes its spec to carry it).
async function namedSource() {
  const name = $("dataset-name").value.trim();
  const named = source();
  if (!name) return named;
  const spec = named.spec ?? (await templateSpec(named.template));
  return { spec: { ...spec, name } };
}

async function generate() {
  const chosen = formats();
  if (!chosen.length) {
    say($("create-message"), "Choose at least one format for the job's files.", "error");
    return;
  }
  let named;
  try {
    named = await namedSource();
  } catch (error) {
    say($("create-message"), error.message, "error");
    return;
  }
  const body = { ...named, ...overrides(), formats: chosen };
  if ($("compression").value) body.compression = $("compression").value;
  $("generate").disabled = true;
  try {
    const answer = await api("POST", "/v1/jobs", body);
    say($("create-message"), `Job started: ${answer.message}`, "ok");
    window.location.assign(`/ui/jobs/${answer.job_id}`);
  } catch (error) {
    say($("create-message"), error.message, "error");
  } finally {
    $("generate").disabled = false;
  }
}

async function stream() {
  const format = $("stream-format").value;
  const body = { ...source(), ...overrides(), format };
  const tables = tablesOf();
  if (tables.length > 1) body.table = $("preview-table").value || tables[0];
  $("stream").disabled = true;
  say($("create-message"), "Streaming…", "info");
  try {
    const response = await api("POST", "/v1/stream", body, { raw: true });
    const rows = response.headers.get("X-Lookalike-Rows");
    await saveResponse(response, `${body.table ?? tables[0] ?? "rows"}.${format}`);
    say($("create-message"), `Downloaded ${Number(rows).toLocaleString("en")} rows (seed ${response.headers.get("X-Lookalike-Seed")}).`, "ok");
  } catch (error) {
    say($("create-message"), error.message, "error");
  } finally {
    $("stream").disabled = false;
  }
}

async function saveTemplate() {
  const name = $("save-name").value.trim();
  if (!name) {
    say($("save-message"), "Give the template a name.", "error");
    $("save-name").focus();
    return;
  }
  try {
    const spec = state.tab === "template" || state.spec === null ? await templateSpec(state.template) : state.spec;
    const body = { name, spec };
    if ($("save-description").value.trim()) body.description = $("save-description").value.trim();
    await api("POST", "/v1/templates", body);
    say($("save-message"), `Saved as template ${name}.`, "ok");
    await loadTemplates();
  } catch (error) {
    say($("save-message"), error.message, "error");
  }
}

// ---- the sentence box (only when the server has POST /v1/specs/from-text) ------------------------

async function offerSentences() {
  try {
    const schema = await api("GET", "/openapi.json");
    if (!schema.paths?.["/v1/specs/from-text"]?.post) return;
  } catch {
    return;
  }
  $("tab-sentence").hidden = false;
  $("sentence-go").addEventListener("click", async () => {
    const text = $("sentence").value.trim();
    if (!text) {
      say($("sentence-report"), "Write a sentence first.", "error");
      return;
    }
    try {
      const answer = await api("POST", "/v1/specs/from-text", { text });
      state.spec = answer.spec;
      await selectTab("text");
      const unclear = (answer.not_understood ?? []).map((p) => `"${p.text}" (${p.reason})`);
      const parts = [];
      if (unclear.length) parts.push(`Not understood: ${unclear.join("; ")}.`);
      if (answer.notes?.length) parts.push(answer.notes.join(" "));
      const note = parts.join(" ");
      say($("switch-message"), `Here is the spec from your sentence; check it, then generate. ${note}`.trim(),
        unclear.length ? "error" : "ok");
    } catch (error) {
      say($("sentence-report"), error.message, "error");
    }
  });
}

// ---- start ----------------------------------------------------------------------------------------

async function loadTemplates() {
  state.templates = await api("GET", "/v1/templates");
  const select = $("template");
  const before = state.wantedTemplate ?? select.value;
  state.wantedTemplate = null;
  select.replaceChildren(...state.templates.map((t) =>
    h("option", { value: t.name, selected: t.name === before }, t.builtin ? t.name : `${t.name} (yours)`)));
  describeTemplate();
}

function describeTemplate() {
  const info = state.templates.find((t) => t.name === state.template);
  $("template-description").textContent = info
    ? `${info.description ?? ""} Tables: ${Object.entries(info.tables).map(([t, f]) => `${t} (${f.length} fields)`).join("; ")}.`.trim()
    : "";
}

function wire() {
  wireTabs();
  $("template").addEventListener("change", () => {
    state.spec = null;
    describeTemplate();
    refreshTables();
    refreshPreview();
  });
  $("spec-text").addEventListener("input", onText);
  for (const radio of document.querySelectorAll('input[name="language"]')) {
    radio.addEventListener("change", () => {
      const parsed = parseText();
      if (!parsed.error) $("spec-text").value = dump(parsed.spec);
    });
  }
  $("add-table").addEventListener("click", () => visual?.addTable());
  for (const id of ["rows", "seed", "locale", "preview-table", "preview-rows"]) {
    $(id).addEventListener("change", () => {
      if (state.tab === "text") onText();
      else if (state.tab === "visual" && visual) onVisual(visual.toSpec());
      else refreshPreview();
    });
  }
  $("generate").addEventListener("click", generate);
  $("stream").addEventListener("click", stream);
  $("save-template").addEventListener("click", saveTemplate);
}

async function start() {
  wire();
  const params = new URLSearchParams(window.location.search);
  state.wantedTemplate = params.get("template");
  try {
    const [kinds] = await Promise.all([api("GET", "/v1/kinds"), loadTemplates()]);
    state.kinds = new Map(kinds.map((k) => [k.kind, k]));
    visual = new VisualEditor($("visual"), kinds, onVisual);
    markReady();
  } catch (error) {
    say($("switch-message"), error.message, "error");
    return;
  }
  offerSentences();

  // Arriving with a job's spec to run again (left in sessionStorage by the Job screen).
  const again = sessionStorage.getItem("lookalike.again");
  if (again) {
    sessionStorage.removeItem("lookalike.again");
    const { spec, seed, rows, formats: chosen } = JSON.parse(again);
    state.spec = spec;
    if (seed !== undefined && seed !== null) $("seed").value = seed;
    if (rows !== undefined && rows !== null) $("rows").value = rows;
    if (chosen) for (const box of document.querySelectorAll('input[name="format"]')) box.checked = chosen.includes(box.value);
    await selectTab("text");
    say($("switch-message"), "The job's spec and seed are loaded; change what you like, then generate.", "info");
    return;
  }
  if (params.get("editor") === "text" || params.get("editor") === "visual") {
    await selectTab(params.get("editor"));
    return;
  }
  refreshTables();
  refreshPreview();
}

start();
