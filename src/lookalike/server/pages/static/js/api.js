// Calls to lookalike's /v1 API from the page, and small helpers every screen shares.
// The session cookie authenticates; changes carry the page's CSRF token.

const csrf = document.querySelector('meta[name="csrf-token"]')?.content ?? "";

export class ApiError extends Error {
  constructor(status, message, field, errors, retryAfter) {
    super(message);
    this.status = status;
    this.field = field ?? null;
    this.errors = errors ?? [];
    this.retryAfter = retryAfter ?? null; // seconds, when the server said (429)
  }
}

// One request; answers parsed JSON (or the Response with raw), throws ApiError in words.
export async function api(method, path, body, { raw = false } = {}) {
  const headers = { Accept: "application/json" };
  if (method !== "GET" && method !== "HEAD") headers["X-CSRF-Token"] = csrf;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "The server could not be reached. Check that it is running, then try again.");
  }
  if (!response.ok) {
    let detail = `The server answered ${response.status} ${response.statusText}.`;
    let field;
    let errors;
    try {
      const answer = await response.json();
      if (typeof answer.detail === "string") detail = answer.detail;
      field = answer.field;
      errors = answer.errors;
    } catch {
      /* not JSON: keep the status sentence */
    }
    if (response.status === 401) detail = `Your session has ended (${detail}). Sign in again.`;
    const retryAfter = Number(response.headers.get("Retry-After")) || null;
    throw new ApiError(response.status, detail, field, errors, retryAfter);
  }
  if (raw) return response;
  if (response.status === 204) return null;
  return response.json();
}

// Show a message (kind: error, ok or info) in a live region; empty text hides it.
export function say(element, text, kind = "info") {
  element.className = `message ${kind}`;
  element.setAttribute("role", kind === "error" ? "alert" : "status");
  element.textContent = text ?? "";
}

// Build an element: h("a", {href: "/x", class: "y"}, "text", child...).
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else if (name === "text") element.textContent = value;
    else element.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

const whole = new Intl.NumberFormat("en");
export const number = (n) => (n === null || n === undefined ? "–" : whole.format(n));

// A table of JSON rows (all cells as text), inside a scrollable, focusable wrapper.
export function rowsTable(rows, caption) {
  if (!rows.length) return h("p", { class: "muted" }, "No rows.");
  const columns = Object.keys(rows[0]);
  const cell = (v) => (v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v));
  return h(
    "div",
    { class: "table-wrap", tabindex: "0", role: "region", "aria-label": caption },
    h(
      "table",
      { class: "data" },
      h("caption", { class: "visually-hidden" }, caption),
      h("thead", {}, h("tr", {}, columns.map((c) => h("th", { scope: "col" }, c)))),
      h("tbody", {}, rows.map((r) => h("tr", {}, columns.map((c) => h("td", {}, cell(r[c])))))),
    ),
  );
}

// Save a Response body as a file the browser downloads.
export async function saveResponse(response, fallbackName) {
  const disposition = response.headers.get("Content-Disposition") ?? "";
  const match = /filename="?([^";]+)"?/.exec(disposition);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = h("a", { href: url, download: match ? match[1] : fallbackName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
