// The Jobs screen: this key's jobs from /v1/jobs, newest first, by status and name, a page at a time.
import { api, h, number, say } from "./api.js";

const $ = (id) => document.getElementById(id);
const PAGE_SIZE = 20;
const params = new URLSearchParams(window.location.search);
let page = Math.max(1, Number(params.get("page")) || 1);
$("status").value = params.get("status") ?? "";
$("q").value = params.get("q") ?? "";

function when(iso) {
  return iso ? new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" }) : "–";
}

let refresh;
async function load() {
  const query = new URLSearchParams({ page: String(page), page_size: String(PAGE_SIZE) });
  if ($("status").value) query.set("status", $("status").value);
  if ($("q").value.trim()) query.set("q", $("q").value.trim());
  const shown = new URLSearchParams(query);
  shown.delete("page_size");
  history.replaceState(null, "", `/ui/jobs?${shown}`);
  try {
    const answer = await api("GET", `/v1/jobs?${query}`);
    const pages = Math.max(1, Math.ceil(answer.total / PAGE_SIZE));
    if (page > pages && answer.total) {
      page = pages;
      return load();
    }
    say($("jobs-message"), answer.total ? `${number(answer.total)} jobs.` : "No jobs match.", "info");
    $("page-label").textContent = `Page ${page} of ${pages}`;
    $("previous").disabled = page <= 1;
    $("next").disabled = page >= pages;
    $("jobs").replaceChildren(answer.jobs.length ? table(answer.jobs) : "");
    // While some of them run, the list refreshes itself (statuses and progress).
    clearTimeout(refresh);
    if (answer.jobs.some((job) => ["pending", "generating"].includes(job.status))) {
      refresh = setTimeout(load, 5000);
    }
  } catch (error) {
    say($("jobs-message"), error.message, "error");
  }
}

function table(jobs) {
  return h("div", { class: "table-wrap", tabindex: "0", role: "region", "aria-label": "Jobs" },
    h("table", { class: "data" },
      h("caption", { class: "visually-hidden" }, "Your jobs, newest first"),
      h("thead", {}, h("tr", {}, ["Name", "Status", "Rows", "Progress", "Formats", "Created"].map((c) => h("th", { scope: "col" }, c)))),
      h("tbody", {}, jobs.map((job) => h("tr", {},
        h("td", {}, h("a", { href: `/ui/jobs/${job.id}` }, job.name ?? job.id.slice(0, 8))),
        h("td", {}, h("span", { class: `status ${job.status}` }, job.status)),
        h("td", { class: "num" }, number(job.total_rows)),
        h("td", { class: "num" }, `${job.progress_percentage.toFixed(0)}%`),
        h("td", {}, job.formats.join(", ")),
        h("td", {}, when(job.created_at)),
      )))));
}

$("filters").addEventListener("submit", (event) => {
  event.preventDefault();
  page = 1;
  load();
});
$("status").addEventListener("change", () => {
  page = 1;
  load();
});
$("previous").addEventListener("click", () => {
  page -= 1;
  load();
});
$("next").addEventListener("click", () => {
  page += 1;
  load();
});
load();
