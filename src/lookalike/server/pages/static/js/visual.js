// The visual spec editor: tables and fields as forms, built from the kinds catalogue (/v1/kinds).
// It edits a spec object in place, so whatever it does not show (descriptions, hidden flags,
// keys...) survives a round trip between the visual and the text editor.
import { h } from "./api.js";

// Options every kind has; of these only null_rate and unique get inputs.
const COMMON = new Set(["null_rate", "unique", "hidden", "nullable", "description", "pii", "pii_reason"]);
const SHOWN_COMMON = ["null_rate", "unique"];
const DISTRIBUTIONS = ["fixed", "uniform", "poisson", "geometric", "zipf"];
// Starting values for options that have no default.
const REQUIRED_START = {
  values: ["a", "b", "c"],
  pattern: "???-####",
  expr: "1",
  method: "word",
  value: "x",
};

let uid = 0;
const nextId = (stem) => `${stem}-${++uid}`;

// The usable alternative of an option's schema: {type, enum, nullable, ...}.
function resolve(schema) {
  if (!schema.anyOf) return { ...schema, nullable: false };
  const alternatives = schema.anyOf.filter((s) => s.type !== "null");
  const first = alternatives.find((s) => s.type !== "string" || !s.format) ?? alternatives[0] ?? {};
  return { ...schema, ...first, nullable: alternatives.length < schema.anyOf.length, anyOf: undefined };
}

function parseList(text) {
  const items = text.split(",").map((s) => s.trim()).filter((s) => s !== "");
  const numeric = items.length && items.every((s) => /^-?\d+(\.\d+)?$/.test(s));
  return numeric ? items.map(Number) : items;
}

export class VisualEditor {
  constructor(container, kinds, onChange) {
    this.container = container;
    this.kinds = new Map(kinds.map((k) => [k.kind, k]));
    this.onChange = onChange;
    this.spec = { tables: {} };
  }

  load(spec) {
    this.spec = structuredClone(spec);
    if (!this.spec.tables || typeof this.spec.tables !== "object") this.spec.tables = {};
    for (const table of Object.values(this.spec.tables)) {
      for (const [name, field] of Object.entries(table.fields ?? {})) {
        if (field && typeof field === "object" && !field.kind && field.ref) table.fields[name] = { kind: "reference", ...field };
      }
    }
    this.render();
  }

  toSpec() {
    return structuredClone(this.spec);
  }

  changed({ rerender = false } = {}) {
    if (rerender) this.render();
    this.onChange(this.toSpec());
  }

  addTable() {
    let n = Object.keys(this.spec.tables).length + 1;
    while (`table_${n}` in this.spec.tables) n += 1;
    this.spec.tables[`table_${n}`] = { rows: 100, fields: { id: { kind: "sequence" } } };
    this.changed({ rerender: true });
    this.container.querySelector(".visual-table:last-of-type input")?.focus();
  }

  render() {
    const focused = document.activeElement?.dataset?.key;
    this.container.replaceChildren(
      h("div", { class: "row" },
        h("div", {}, this.textInput("Dataset name", this.spec.name ?? "dataset", (v) => { this.spec.name = v || undefined; }, "dataset-name"))),
      ...Object.keys(this.spec.tables).map((name) => this.tableBox(name)),
    );
    if (focused) this.container.querySelector(`[data-key="${CSS.escape(focused)}"]`)?.focus();
  }

  textInput(label, value, set, key, attributes = {}) {
    const id = nextId("v");
    const input = h("input", { type: "text", id, value: value ?? "", "data-key": key, ...attributes });
    input.addEventListener("change", () => { set(input.value.trim()); this.changed(); });
    return [h("label", { for: id }, label), input];
  }

  renameTable(old, name) {
    if (!name || name === old || name in this.spec.tables) return false;
    const tables = {};
    for (const [key, value] of Object.entries(this.spec.tables)) tables[key === old ? name : key] = value;
    this.spec.tables = tables;
    return true;
  }

  tableBox(name) {
    const table = this.spec.tables[name];
    const others = Object.keys(this.spec.tables).filter((t) => t !== name);
    const box = h("fieldset", { class: "visual-table" }, h("legend", {}, `Table ${name}`));
    const nameId = nextId("t");
    const nameInput = h("input", { type: "text", id: nameId, value: name, "data-key": `table:${name}` });
    nameInput.addEventListener("change", () => {
      if (this.renameTable(name, nameInput.value.trim())) this.changed({ rerender: true });
      else nameInput.value = name;
    });
    box.append(h("div", { class: "row" },
      h("div", {}, h("label", { for: nameId }, "Table name"), nameInput),
      this.rowsControls(name, table, others),
      h("div", {}, h("button", { type: "button", class: "danger", onclick: () => {
        delete this.spec.tables[name];
        this.changed({ rerender: true });
      } }, `Remove table ${name}`)),
    ));
    for (const field of Object.keys(table.fields ?? {})) box.append(this.fieldBox(name, field));
    box.append(h("div", { class: "actions" }, h("button", { type: "button", onclick: () => this.addField(name) }, `Add a field to ${name}`)));
    return box;
  }

  rowsControls(name, table, others) {
    const perParent = typeof table.rows === "object" && table.rows !== null;
    const modeId = nextId("m");
    const mode = h("select", { id: modeId, "data-key": `rows-mode:${name}` },
      h("option", { value: "count", selected: !perParent }, "a number of rows"),
      h("option", { value: "per", selected: perParent, disabled: !others.length && !perParent }, "rows per parent row"));
    mode.addEventListener("change", () => {
      table.rows = mode.value === "per" ? { per: others[0], distribution: "poisson", mean: 3 } : 100;
      this.changed({ rerender: true });
    });
    const wrap = h("div", { class: "row" }, h("div", {}, h("label", { for: modeId }, `Rows of ${name}`), mode));
    if (!perParent) {
      const id = nextId("r");
      const count = h("input", { type: "number", id, min: "0", step: "1", value: table.rows ?? "", "data-key": `rows:${name}` });
      count.addEventListener("change", () => {
        if (count.value === "") delete table.rows;
        else table.rows = Number(count.value);
        this.changed();
      });
      wrap.append(h("div", {}, h("label", { for: id }, "Rows"), count));
      return wrap;
    }
    const rows = table.rows;
    const parentId = nextId("p");
    const parent = h("select", { id: parentId, "data-key": `per:${name}` },
      [...new Set([rows.per, ...others])].filter(Boolean).map((t) => h("option", { value: t, selected: t === rows.per }, t)));
    parent.addEventListener("change", () => { rows.per = parent.value; this.changed(); });
    const distributionId = nextId("d");
    const distribution = h("select", { id: distributionId, "data-key": `dist:${name}` },
      DISTRIBUTIONS.map((d) => h("option", { value: d, selected: d === (rows.distribution ?? "poisson") }, d)));
    distribution.addEventListener("change", () => { rows.distribution = distribution.value; this.changed(); });
    wrap.append(
      h("div", {}, h("label", { for: parentId }, "Parent table"), parent),
      h("div", {}, h("label", { for: distributionId }, "Children per parent"), distribution),
    );
    for (const [option, label] of [["mean", "Mean"], ["count", "Count (fixed)"], ["min", "Fewest"], ["max", "Most"]]) {
      const id = nextId("c");
      const input = h("input", { type: "number", id, min: "0", step: option === "mean" ? "any" : "1", value: rows[option] ?? "", "data-key": `${option}:${name}` });
      input.addEventListener("change", () => {
        if (input.value === "") delete rows[option];
        else rows[option] = Number(input.value);
        this.changed();
      });
      wrap.append(h("div", {}, h("label", { for: id }, label), input));
    }
    return wrap;
  }

  addField(tableName) {
    const fields = this.spec.tables[tableName].fields ?? (this.spec.tables[tableName].fields = {});
    let n = Object.keys(fields).length + 1;
    while (`field_${n}` in fields) n += 1;
    fields[`field_${n}`] = { kind: "integer", min_value: 0, max_value: 100 };
    this.changed({ rerender: true });
  }

  renameField(tableName, old, name) {
    const table = this.spec.tables[tableName];
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || name in table.fields) return false;
    const fields = {};
    for (const [key, value] of Object.entries(table.fields)) fields[key === old ? name : key] = value;
    table.fields = fields;
    return true;
  }

  fieldBox(tableName, fieldName) {
    const table = this.spec.tables[tableName];
    const field = table.fields[fieldName];
    const box = h("div", { class: "visual-field", role: "group", "aria-label": `Field ${fieldName} of ${tableName}` });
    const nameId = nextId("f");
    const nameInput = h("input", { type: "text", id: nameId, value: fieldName, "data-key": `field:${tableName}.${fieldName}` });
    nameInput.addEventListener("change", () => {
      if (this.renameField(tableName, fieldName, nameInput.value.trim())) this.changed({ rerender: true });
      else nameInput.value = fieldName;
    });
    const kindId = nextId("k");
    const kind = h("select", { id: kindId, "data-key": `kind:${tableName}.${fieldName}` },
      [...this.kinds.keys()].map((k) => h("option", { value: k, selected: k === field.kind }, k)));
    kind.addEventListener("change", () => {
      table.fields[fieldName] = this.fresh(kind.value, field, tableName);
      this.changed({ rerender: true });
    });
    const description = this.kinds.get(field.kind)?.description ?? "";
    box.append(h("div", { class: "row" },
      h("div", {}, h("label", { for: nameId }, "Field name"), nameInput),
      h("div", {}, h("label", { for: kindId }, "Kind"), kind),
      h("div", {}, h("button", { type: "button", class: "danger", onclick: () => {
        delete table.fields[fieldName];
        this.changed({ rerender: true });
      } }, `Remove ${fieldName}`)),
    ));
    if (description) box.append(h("p", { class: "small muted" }, description.replaceAll("``", "")));
    box.append(h("div", { class: "options" }, this.optionInputs(tableName, fieldName, field)));
    return box;
  }

  // A field of a new kind: what carries over (nulls, uniqueness, description) plus required options.
  fresh(kindName, old, tableName) {
    const field = { kind: kindName };
    for (const key of COMMON) if (key in old) field[key] = old[key];
    const parameters = this.kinds.get(kindName)?.parameters ?? {};
    for (const [option, schema] of Object.entries(parameters)) {
      if (COMMON.has(option) || "default" in schema) continue;
      if (option === "ref") field.ref = this.refChoices(tableName)[0] ?? "table.id";
      else if (resolve(schema).enum) field[option] = resolve(schema).enum[0];
      else field[option] = structuredClone(REQUIRED_START[option] ?? "");
    }
    return field;
  }

  // `table.column` choices for a reference: other tables' keys first, then their other fields.
  refChoices(tableName) {
    const keys = [];
    const rest = [];
    for (const [name, table] of Object.entries(this.spec.tables)) {
      const primary = [table.primary_key ?? []].flat();
      for (const [field, spec] of Object.entries(table.fields ?? {})) {
        const isKey = primary.includes(field) || spec?.unique || spec?.kind === "sequence" || field === "id";
        const choice = `${name}.${field}`;
        if (name === tableName) rest.push(choice);
        else (isKey ? keys : rest).push(choice);
      }
    }
    return [...keys, ...rest];
  }

  optionInputs(tableName, fieldName, field) {
    const parameters = this.kinds.get(field.kind)?.parameters ?? {};
    const names = [...Object.keys(parameters).filter((n) => !COMMON.has(n)), ...SHOWN_COMMON];
    return names.filter((n) => n in parameters).map((option) =>
      this.optionInput(`${tableName}.${fieldName}.${option}`, field, option, parameters[option], tableName));
  }

  optionInput(key, field, option, rawSchema, tableName) {
    const schema = resolve(rawSchema);
    const id = nextId("o");
    const hasDefault = "default" in rawSchema;
    const fallback = rawSchema.default;
    const current = option in field ? field[option] : fallback;
    const label = h("label", { for: id, title: rawSchema.description ?? "" }, option.replaceAll("_", " "));
    const set = (value) => {
      const same = JSON.stringify(value) === JSON.stringify(fallback);
      if (value === undefined || (hasDefault && same)) delete field[option];
      else field[option] = value;
      this.changed();
    };
    let input;
    if (option === "ref") {
      const choices = this.refChoices(tableName);
      if (field.ref && !choices.includes(field.ref)) choices.unshift(field.ref);
      input = h("select", { id, "data-key": key }, choices.map((c) => h("option", { value: c, selected: c === field.ref }, c)));
      input.addEventListener("change", () => set(input.value));
    } else if (schema.enum) {
      input = h("select", { id, "data-key": key },
        schema.nullable || !hasDefault ? h("option", { value: "" }, "(none)") : null,
        schema.enum.map((v) => h("option", { value: String(v), selected: String(v) === String(current) }, String(v))));
      input.addEventListener("change", () => {
        const chosen = schema.enum.find((v) => String(v) === input.value);
        set(input.value === "" ? undefined : chosen);
      });
    } else if (schema.type === "boolean") {
      input = h("input", { type: "checkbox", id, "data-key": key, checked: Boolean(current) });
      input.addEventListener("change", () => set(input.checked));
      return h("div", {}, h("label", { for: id, class: "inline" }, input, option.replaceAll("_", " ")));
    } else if (schema.type === "integer" || schema.type === "number") {
      input = h("input", {
        type: "number", id, "data-key": key, value: current ?? "",
        step: schema.type === "integer" ? "1" : "any", min: schema.minimum, max: schema.maximum,
        placeholder: current === null ? "none" : undefined,
      });
      input.addEventListener("change", () => set(input.value === "" ? (schema.nullable ? undefined : fallback) : Number(input.value)));
    } else if (schema.type === "array") {
      input = h("input", { type: "text", id, "data-key": key, value: Array.isArray(current) ? current.join(", ") : "", "aria-description": "comma-separated" });
      input.addEventListener("change", () => set(input.value.trim() === "" ? undefined : parseList(input.value)));
    } else if (schema.type === "object") {
      input = h("input", { type: "text", id, "data-key": key, value: current ? JSON.stringify(current) : "", "aria-description": "a JSON object" });
      input.addEventListener("change", () => {
        try { set(input.value.trim() === "" ? undefined : JSON.parse(input.value)); input.removeAttribute("aria-invalid"); }
        catch { input.setAttribute("aria-invalid", "true"); }
      });
    } else {
      input = h("input", { type: "text", id, "data-key": key, value: current ?? "", placeholder: current === null ? "none" : undefined });
      input.addEventListener("change", () => set(input.value === "" ? undefined : input.value));
    }
    return h("div", {}, label, input);
  }
}
