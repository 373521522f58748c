// The Keys screen: /v1/keys (list, create with the secret shown once, revoke).
import { api, h, say } from "./api.js";

const $ = (id) => document.getElementById(id);

async function load() {
  try {
    const keys = await api("GET", "/v1/keys");
    $("keys").replaceChildren(keys.length ? table(keys) : h("p", { class: "muted" }, "No keys yet."));
  } catch (error) {
    say($("keys-message"), error.message, "error");
  }
}

function table(keys) {
  return h("div", { class: "table-wrap" },
    h("table", { class: "data" },
      h("caption", { class: "visually-hidden" }, "API keys"),
      h("thead", {}, h("tr", {}, ["Name", "Id", "Created", "State", ""].map((c) => h("th", { scope: "col" }, c || h("span", { class: "visually-hidden" }, "Actions"))))),
      h("tbody", {}, keys.map((key) => h("tr", {},
        h("td", {}, key.name, key.current ? " (this one)" : ""),
        h("td", {}, h("code", {}, key.id)),
        h("td", {}, new Date(key.created_at).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" })),
        h("td", {}, key.revoked ? "revoked" : "active"),
        h("td", {}, key.revoked ? "" : h("button", { type: "button", class: "danger", onclick: () => revoke(key) }, `Revoke ${key.name}`)),
      )))));
}

async function revoke(key) {
  const warning = key.current ? " This is the key you are signed in with: you will be signed out." : "";
  if (!window.confirm(`Revoke the key ${key.name}?${warning}`)) return;
  try {
    await api("DELETE", `/v1/keys/${encodeURIComponent(key.id)}`);
    if (key.current) {
      window.location.assign("/ui/sign-in");
      return;
    }
    say($("keys-message"), `Revoked ${key.name}.`, "ok");
    await $("copy-secret").addEventListener("click", async () => {
  const box = $("secret");
  try {
    await navigator.clipboard.writeText(box.value);
  } catch {
    box.select(); // without the clipboard API (plain http): selected, ready for Ctrl+C
    document.execCommand("copy");
  }
  say($("keys-message"), "The key is copied.", "ok");
});
load();
  } catch (error) {
    say($("keys-message"), error.message, "error");
  }
}

$("new-key").addEventListener("submit", async (event) => {
  event.preventDefault();
  const name = $("key-name").value.trim();
  try {
    const created = await api("POST", "/v1/keys", { name });
    $("secret").value = created.key;
    $("secret-box").hidden = false;
    $("secret").focus();
    $("secret").select();
    $("key-name").value = "";
    say($("keys-message"), `Created ${created.name}.`, "ok");
    await $("copy-secret").addEventListener("click", async () => {
  const box = $("secret");
  try {
    await navigator.clipboard.writeText(box.value);
  } catch {
    box.select(); // without the clipboard API (plain http): selected, ready for Ctrl+C
    document.execCommand("copy");
  }
  say($("keys-message"), "The key is copied.", "ok");
});
load();
  } catch (error) {
    say($("keys-message"), error.message, "error");
  }
});
$("copy-secret").addEventListener("click", async () => {
  const box = $("secret");
  try {
    await navigator.clipboard.writeText(box.value);
  } catch {
    box.select(); // without the clipboard API (plain http): selected, ready for Ctrl+C
    document.execCommand("copy");
  }
  say($("keys-message"), "The key is copied.", "ok");
});
load();
