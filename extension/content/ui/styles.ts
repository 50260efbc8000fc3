/** Styles of the in-page UI (inside the shadow root). Light and dark. */
export const UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.panel {
  --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --accent: #16325c; --accent-fg: #ffffff; --ok: #1a7f37; --bad: #b42318; --rel: #6e40c9; --flagged: #a04c00;
  position: fixed; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 6px; max-width: 340px;
}
@media (prefers-color-scheme: dark) {
  .panel { --bg: #1f242c; --fg: #e6edf3; --muted: #9da7b3; --line: #3d444d; --accent: #9cc3ff; --accent-fg: #0d1117; --ok: #56d364; --bad: #ff8a80; --rel: #d2a8ff; --flagged: #ffb070; }
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
.error { color: #b42318; margin: 0; }
.card-panel { overflow: auto; padding: 10px 12px 12px; }
.close { position: absolute; top: 6px; right: 6px; border: none; font-size: 18px; line-height: 1; padding: 2px 6px; color: var(--muted); }
.card header { display: flex; align-items: baseline; gap: 8px; padding-right: 22px; }
.card h2 { font-size: 15px; margin: 0; }
.card h3 { font-size: 11px; margin: 10px 0 4px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
.card p { margin: 4px 0; }
.card ul { margin: 0; padding-left: 16px; }
.card li { margin: 2px 0; }
.card blockquote { margin: 0; font-style: italic; }
.card cite { display: block; font-style: normal; font-size: 12px; color: var(--muted); }
.badge { font-size: 11px; padding: 1px 6px; border-radius: 9px; background: var(--line); white-space: nowrap; }
.label, .muted { color: var(--muted); }
.claim-card.relation-corroborates h2 { color: var(--ok); }
.claim-card.relation-contradicts h2 { color: var(--bad); }
.claim-card.relation-rated-false h2 { color: var(--flagged); }
.claim-card.relation-related h2 { color: var(--rel); }
.legend { display: grid; gap: 4px; font-size: 12px; }
.legend .swatch { display: inline-block; width: 2.2em; margin-right: 6px; text-align: center; border-radius: 3px; }
.palette { display: flex; gap: 6px; }
.swatch { width: 22px; height: 22px; padding: 0; border-radius: 50%; border: 2px solid transparent; }
.swatch[aria-pressed="true"] { border-color: var(--fg); }
.swatch-yellow { background: #ffdd00; } .swatch-green { background: #50c878; } .swatch-blue { background: #5aa0ff; }
.swatch-pink { background: #ff78be; } .swatch-purple { background: #aa78ff; }
.link-claim { display: block; font-size: 12px; }
.clamp { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.panel { overflow: auto; }
.note { white-space: pre-wrap; overflow-wrap: anywhere; }
.private::before { content: attr(data-text); }
.layer-switch { right: 12px; bottom: 12px; padding: 4px; display: flex; flex-direction: column; align-items: flex-end; gap: 4px; max-width: calc(100vw - 24px); }
.layer-toggle { font-size: 12px; padding: 2px 8px; }
.layer-toggle.off { text-decoration: line-through; color: var(--muted); }
.layer-list { list-style: none; margin: 0; padding: 4px 6px; display: grid; gap: 4px; width: min(320px, calc(100vw - 48px)); }
.layer-list[hidden] { display: none; }
.layer-list label { display: flex; align-items: center; gap: 6px; cursor: pointer; }
.layer-list .layer-name { flex: 1; text-align: left; }
kbd { font: 11px ui-monospace, monospace; color: var(--muted); margin-left: auto; padding-left: 8px; }
kbd.on-accent { color: inherit; opacity: .85; margin-left: 4px; padding-left: 0; }
.note-frame { position: fixed; border: 0; margin: 0; padding: 0; background: transparent; color-scheme: light dark; z-index: 1; }
body.note-frame { margin: 0; background: transparent; }
.frame-panel { position: static; max-width: none; box-shadow: none; padding: 10px 12px 12px; }
.frame-panel form { width: auto; }
.frame-panel .title { font-size: 15px; margin: 0 0 6px; padding-right: 22px; }
.quote { margin: 0; font-style: italic; color: var(--muted); max-height: 6em; overflow: auto; white-space: pre-wrap; }
button.danger { background: var(--bad); color: var(--bg); border-color: var(--bad); }
.note-margin button.note-marker { position: fixed; width: 6px; min-height: 12px; padding: 0; border: 1px solid rgba(0,0,0,.35); border-radius: 3px; background: #ffdd00; }
.note-marker.color-green { background: #50c878; } .note-marker.color-blue { background: #5aa0ff; }
.note-marker.color-pink { background: #ff78be; } .note-marker.color-purple { background: #aa78ff; }
.note-marker:focus-visible { outline: 2px solid #16325c; outline-offset: 1px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
`;
