// The Templates screen: list (/v1/templates), use, delete, and save a pasted spec.
import { api, h, say } from "./api.js";

const $ = (id) => document.getElementById(id);

async function load() {
  try {
    const templates = await api("GET", "/v1/templates");
    $("templates").replaceChildren(...templates.map(card));
  } catch (error) {
    say($("templates-message"), error.message, "error");
  }
}

function card(template) {
  const tables = Object.entries(template.tables).map(([t, fields]) => `${t}: ${fields.join(", ")}`);
  return h("article", { class: "card", "aria-labelledby": `template-${template.name}` },
    h("h3", { id: `template-${template.name}` }, template.name, template.builtin ? "" : " (yours)"),
    template.description ? h("p", {}, template.description) : null,
    h("p", { class: "small muted" }, tables.join("; ")),
    h("div", { class: "actions" },
      h("a", { class: "button", href: `/ui/?template=${encodeURIComponent(template.name)}` }, `Use ${template.name}`),
      template.builtin ? null : h("button", { type: "button", class: "danger", onclick: () => remove(template.name) }, `Delete ${template.name}`)));
}

async function remove(name) {
  if (!window.confirm(`Delete the template ${name}?`)) return;
  try {
    await api("DELETE", `/v1/templates/${encodeURIComponent(name)}`);
    say($("templates-message"), `Deleted ${name}.`, "ok");
    await load();
  } catch (error) {
    say($("templates-message"), error.message, "error");
  }
}

$("new-save").addEventListener("click", async () => {
  let spec;
  try {
    spec = window.jsyaml.load($("new-spec").value);
  } catch (error) {
    say($("new-message"), `The spec is not valid YAML or JSON: ${error.reason ?? error.message}`, "error");
    return;
  }
  const body = { name: $("new-name").value.trim(), spec };
  if ($("new-description").value.trim()) body.description = $("new-description").value.trim();
  try {
    await api("POST", "/v1/templates", body);
    say($("new-message"), `Saved ${body.name}.`, "ok");
    await load();
  } catch (error) {
    say($("new-message"), error.message, "error");
  }
});
load();
