// @ts-check
/** The style sheet of the extension's shadow root. @module content/ui.css */
export const UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.panel { position: fixed; top: 12px; right: 12px; width: 340px; max-height: calc(100vh - 24px); overflow: auto;
  background: #fff; color: #1b1b1b; border: 1px solid #888; border-radius: 8px; box-shadow: 0 4px 24px rgba(0,0,0,.25);
  font-size: 14px; line-height: 1.4; z-index: 2147483646; padding: 10px 12px; }
.panel[hidden], .popover[hidden], .handle[hidden], .notice:empty { display: none; }
.handle { position: fixed; top: 12px; right: 0; z-index: 2147483646; border-radius: 6px 0 0 6px; border-right: 0;
  background: #5b2bd6; color: #fff; border-color: #5b2bd6; padding: 4px 8px; box-shadow: 0 2px 10px rgba(0,0,0,.25); }
.top { position: absolute; top: 6px; right: 6px; display: flex; gap: 4px; }
.top button { padding: 0 6px; }
.notice { margin: 4px 0; padding: 4px 6px; background: #fff4d6; border: 1px solid #c9a227; border-radius: 4px; font-size: 12px; }
.link { border: 0; background: none; padding: 0; color: #3b1aa8; text-decoration: underline; cursor: pointer; font-size: 13px; }
.also { margin: 6px 0 0; font-size: 13px; }
.panel h2 { font-size: 16px; margin: 0 90px 6px 0; }
.panel h3 { font-size: 14px; margin: 10px 0 4px; }
.status { margin: 4px 0 8px; color: #333; }
.row { display: flex; gap: 6px; flex-wrap: wrap; align-items: center; margin: 6px 0; }
button, select { font: inherit; font-size: 13px; padding: 3px 8px; border: 1px solid #666; border-radius: 4px; background: #f4f4f4; color: #111; cursor: pointer; }
button:focus-visible, select:focus-visible, .popover:focus-visible, .panel:focus-visible { outline: 3px solid #5b2bd6; outline-offset: 1px; }
ul { list-style: none; padding: 0; margin: 0; }
li { margin: 2px 0; }
.quote { display: block; width: 100%; text-align: left; background: #fff; border: 1px solid #ddd; }
.quote[aria-current="true"] { border-color: #5b2bd6; background: #f1ecff; }
.kind { display: inline-block; min-width: 1.6em; font-weight: 600; }
.kind-direct { text-decoration: underline solid #8a6d00 2px; }
.kind-indirect { text-decoration: underline dashed #005a9e 2px; }
.kind-dispute { text-decoration: underline wavy #b00020 2px; }
.muted { color: #555; font-size: 12px; }
.popover { position: fixed; z-index: 2147483647; width: 360px; max-width: calc(100vw - 16px); max-height: min(420px, 45vh); overflow: auto; background: #fff; color: #1b1b1b;
  border: 1px solid #666; border-radius: 8px; box-shadow: 0 4px 24px rgba(0,0,0,.3); padding: 10px 12px; font-size: 14px; line-height: 1.4; }
.popover h2 { font-size: 15px; margin: 0 24px 6px 0; }
.popover dl { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 2px 8px; }
.popover dt { font-weight: 600; color: #333; }
.popover dd { margin: 0; }
.close { position: absolute; top: 6px; right: 6px; padding: 0 6px; }
.orphans li { color: #555; }
`;
