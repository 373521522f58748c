// The Job screen: progress polled from /v1/jobs/{id} without reloading, controls, preview,
// per-file downloads, and running the same spec and seed again.
import { api, h, number, rowsTable, say } from "./api.js";

const $ = (id) => document.getElementById(id);
const data = JSON.parse($("job-data").textContent);
const id = data.job.id;
const FINISHED = new Set(["completed", "failed", "cancelled"]);
const samples = []; // [seconds, rows] of recent polls, for the rate

function duration(seconds) {
  if (!Number.isFinite(seconds) || seconds < 0) return "–";
  if (seconds < 1) return "under a second";
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

function show(job) {
  $("status").textContent = job.status;
  $("status").className = `status ${job.status}`;
  $("progress").value = job.progress_percentage;
  $("progress").textContent = `${job.progress_percentage}%`;
  $("rows").textContent = `${number(job.rows_generated)} / ${number(job.total_rows)}`;
  $("chunks").textContent = `${number(job.chunks_completed)} / ${number(job.total_chunks)}`;
  $("percent").textContent = `${job.progress_percentage.toFixed(1)}%`;
  const now = performance.now() / 1000;
  samples.push([now, job.rows_generated]);
  while (samples.length > 2 && now - samples[0][0] > 5) samples.shift();
  const [t0, r0] = samples[0];
  const rate = now > t0 && job.rows_generated > r0 ? (job.rows_generated - r0) / (now - t0) : null;
  if (job.status === "generating" && rate) {
    $("rate").textContent = number(Math.round(rate));
    $("left").textContent = duration((job.total_rows - job.rows_generated) / rate);
  } else {
    $("rate").textContent = "–";
    $("left").textContent = job.status === "completed" ? "done" : job.status === "paused" ? "paused" : "–";
  }
  say($("job-error"), job.error ?? "", "error");
  $("pause").disabled = !["pending", "generating"].includes(job.status);
  $("resume").disabled = job.status !== "paused";
  $("cancel").disabled = FINISHED.has(job.status);
  if (job.status === "completed") showDownloads(job);
}

let downloadsShown = false;
function showDownloads(job) {
  if (downloadsShown) return;
  downloadsShown = true;
  $("downloads-waiting").hidden = true;
  const base = `/v1/jobs/${id}/download`;
  const items = [];
  for (const table of job.tables) {
    const files = job.formats.map((f) =>
      h("a", { href: `${base}?table=${encodeURIComponent(table)}&format=${f}`, download: "" }, f));
    items.push(h("li", {}, h("strong", {}, table), ": download ",
      files.flatMap((a, i) => (i ? [", ", a] : [a])),
      " · ", h("a", { href: `/ui/jobs/${id}/data/${encodeURIComponent(table)}` }, `browse ${table}`)));
  }
  if (job.tables.length * job.formats.length > 1) {
    items.push(h("li", {}, h("a", { href: base, download: "" }, "Everything, as one zip")));
  }
  $("downloads").replaceChildren(...items);
}

// About once a second while it runs (a key's requests per minute are limited), less when paused.
let pollFailed = false;
async function poll() {
  try {
    const job = await api("GET", `/v1/jobs/${id}`);
    if (pollFailed) say($("control-message"), "");
    pollFailed = false;
    show(job);
    if (!FINISHED.has(job.status)) setTimeout(poll, job.status === "paused" ? 3000 : 1000);
  } catch (error) {
    pollFailed = true;
    const wait = error.retryAfter ?? 5;
    say($("control-message"), `${error.message} Trying again in ${wait} s.`, "error");
    setTimeout(poll, wait * 1000);
  }
}

async function control(action) {
  try {
    const job = await api("POST", `/v1/jobs/${id}/${action}`);
    say($("control-message"), {
      pause: "Paused: it stops after the chunk being written.",
      resume: "Resumed from the last finished chunk.",
      cancel: "Cancelled; its files are deleted.",
    }[action], "ok");
    show(job);
    if (action === "resume") poll();
  } catch (error) {
    say($("control-message"), error.message, "error");
  }
}

async function preview() {
  const rows = Math.max(1, Math.min(100, Number($("preview-rows").value) || 10));
  const table = $("preview-table").value;
  try {
    const answer = await api("GET", `/v1/jobs/${id}/preview?rows=${rows}&table=${encodeURIComponent(table)}`);
    say($("preview-message"), `First ${answer.preview_rows} of ${number(answer.total_rows)} rows of ${answer.table}.`, "info");
    $("preview").replaceChildren(rowsTable(answer.data, `Rows of ${answer.table}`));
  } catch (error) {
    say($("preview-message"), error.message, "error");
  }
}

async function again() {
  const body = { spec: data.spec, seed: data.seed, formats: data.job.formats, chunk_size: data.chunk_rows };
  if (data.rows !== null && data.rows !== undefined) body.rows = data.rows;
  if (data.compression) body.compression = data.compression;
  try {
    const answer = await api("POST", "/v1/jobs", body);
    window.location.assign(`/ui/jobs/${answer.job_id}`);
  } catch (error) {
    say($("again-message"), error.message, "error");
  }
}

function editAgain() {
  sessionStorage.setItem("lookalike.again", JSON.stringify({
    spec: data.spec, seed: data.seed, rows: data.rows, formats: data.job.formats,
  }));
  window.location.assign("/ui/");
}

for (const action of ["pause", "resume", "cancel"]) $(action).addEventListener("click", () => control(action));
$("preview-go").addEventListener("click", preview);
$("again").addEventListener("click", again);
$("edit-again").addEventListener("click", editAgain);
show(data.job);
if (!FINISHED.has(data.job.status)) poll();
