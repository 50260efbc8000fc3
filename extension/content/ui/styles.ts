/** Styles of the in-page UI (inside the shadow root). Light and dark. */
export const UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.panel {
  --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --accent: #16325c; --accent-fg: #ffffff;
  position: fixed; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 6px; max-width: 340px;
}
@media (prefers-color-scheme: dark) {
  .panel { --bg: #1f242c; --fg: #e6edf3; --muted: #9da7b3; --line: #3d444d; --accent: #9cc3ff; --accent-fg: #0d1117; }
}
button {
  font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid var(--line);
  background: transparent; color: var(--fg); padding: 3px 10px;
}
button.primary { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); }
button:focus-visible, textarea:focus-visible, input:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
form { display: grid; gap: 6px; width: 300px; }
textarea, input { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 4px 6px; width: 100%; }
textarea { min-height: 64px; resize: vertical; }
.row { display: flex; gap: 6px; justify-content: flex-end; }
.quote { margin: 0; font-style: italic; color: var(--muted); max-height: 3.2em; overflow: hidden; }
.error { color: #b42318; margin: 0; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
`;
