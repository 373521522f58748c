// The Sign out button: ends the session (a change, so it carries the CSRF token).
import { api } from "./api.js";

document.getElementById("sign-out")?.addEventListener("click", async () => {
  try {
    await api("POST", "/ui/sign-out");
  } finally {
    window.location.assign("/ui/sign-in");
  }
});
