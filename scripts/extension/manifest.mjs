// Writes a browser's variant of the manifest. Usage:
//   node manifest.mjs SRC OUT chrome|firefox|both|test
// both:    the manifest as written (unpacked directory, loads in both)
// chrome:  without browser_specific_settings and sidebar_action (Chrome warns about them)
// firefox: without background.service_worker (Firefox runs background.scripts),
//          side_panel and the offscreen and sidePanel permissions (Chrome's only)
// test-firefox: test, plus the content script declared for 127.0.0.1 and the
//          popup web-accessible from 127.0.0.1 (the sidebar test opens it in a tab).
// test:    as written plus host permission for http://127.0.0.1/* — only for
//          the end-to-end tests, which cannot click the toolbar button that
//          grants activeTab in a headless browser.
import { readFileSync, writeFileSync } from 'node:fs';

const [src, out, variant] = process.argv.slice(2);
const m = JSON.parse(readFileSync(src, 'utf8'));
if (variant === 'chrome') {
  delete m.browser_specific_settings;
  delete m.sidebar_action;
}
// Firefox ignores background.service_worker, side_panel and Chrome's
// permissions, with lint warnings; its engine runs in the event page.
if (variant === 'firefox' || variant === 'test-firefox') {
  if (variant === 'firefox') delete m.background.service_worker;
  delete m.side_panel;
  m.permissions = m.permissions.filter((p) => p !== 'offscreen' && p !== 'sidePanel');
}
if (variant === 'test' || variant === 'test-firefox') m.host_permissions = ['http://127.0.0.1/*'];
// Firefox's WebDriver BiDi can neither click the toolbar nor open extension
// pages, so its test build loads the content script on 127.0.0.1 pages by
// manifest: the start-up path of a site the reader opted in to.
if (variant === 'test-firefox') {
  m.content_scripts = [{ matches: ['http://127.0.0.1/*'], js: ['content/content.js'], css: ['content/content.css'], run_at: 'document_idle' }];
  // BiDi refuses to navigate a tab to a moz-extension: URL, but a 127.0.0.1
  // page may navigate itself to a web-accessible one: the test opens the
  // popup that way, in a tab, to click its Open side panel button.
  m.web_accessible_resources = [{ resources: ['ui/popup.html'], matches: ['http://127.0.0.1/*'] }];
}
writeFileSync(out, JSON.stringify(m, null, 2) + '\n');
