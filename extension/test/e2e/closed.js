// Reaches the extension's UI in Chromium from a test. The UI lives in a
// closed shadow root that no page script can reach, and Playwright's
// selectors cannot either; the browser's debugger can (CDP DOM.getDocument
// with pierce), which is how these helpers read it. Clicks and keys go
// through Playwright's mouse and keyboard, so they are trusted, as a
// reader's are.

/** @type {WeakMap<object, any>} page → CDP session */
const sessions = new WeakMap();

async function session(page) {
  let s = sessions.get(page);
  if (!s) {
    s = await page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

/**
 * Runs fn(root, arg) in the page with the extension's closed shadow root,
 * or returns undefined when there is none. fn must be self-contained.
 * @template T
 * @param {any} page
 * @param {(root: ShadowRoot, arg: any) => T} fn
 * @param {any} [arg]
 * @returns {Promise<Awaited<T>|undefined>}
 */
export async function inRoot(page, fn, arg) {
  const cdp = await session(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 2, pierce: true });
  const html = (root.children ?? []).find((n) => n.nodeName === 'HTML');
  const host = (html?.children ?? []).find((n) => n.shadowRoots?.some((r) => r.shadowRootType === 'closed'));
  const sr = host?.shadowRoots.find((r) => r.shadowRootType === 'closed');
  if (!sr) return undefined;
  const { object } = await cdp.send('DOM.resolveNode', { nodeId: sr.nodeId });
  const res = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
    arguments: [{ value: arg ?? null }],
    returnByValue: true,
    awaitPromise: true,
  });
  if (res.exceptionDetails) throw new Error(`inRoot: ${res.exceptionDetails.exception?.description ?? res.exceptionDetails.text}`);
  return res.result.value;
}

/**
 * Waits until fn(root, arg) returns something truthy, and returns it.
 * @param {any} page
 * @param {(root: ShadowRoot, arg: any) => any} fn
 * @param {any} [arg]
 * @param {number} [timeout]
 */
export async function waitRoot(page, fn, arg, timeout = 10000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await inRoot(page, fn, arg).catch(() => undefined);
    if (v) return v;
    if (Date.now() > end) throw new Error(`waitRoot: timed out on ${fn.toString().slice(0, 120)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The text of the first element matching sel in the root, or null. */
export function text(page, sel) {
  return inRoot(page, (root, sel) => root.querySelector(sel)?.textContent ?? null, sel);
}

/** Whether an element matching sel is shown (not hidden, has a box). */
export function visible(page, sel) {
  return inRoot(page, (root, sel) => {
    const el = root.querySelector(sel);
    return Boolean(el && !el.closest('[hidden]') && el.getClientRects().length);
  }, sel);
}

export function waitVisible(page, sel, timeout) {
  return waitRoot(page, (root, sel) => {
    const el = root.querySelector(sel);
    return Boolean(el && !el.closest('[hidden]') && el.getClientRects().length);
  }, sel, timeout);
}

export function waitHidden(page, sel, timeout) {
  return waitRoot(page, (root, sel) => {
    const el = root.querySelector(sel);
    return !el || Boolean(el.closest('[hidden]')) || !el.getClientRects().length;
  }, sel, timeout);
}

/** Clicks the element matching sel with the mouse, as a reader does. */
export async function click(page, sel) {
  const box = await waitRoot(page, (root, sel) => {
    const el = root.querySelector(sel);
    if (!el || el.closest('[hidden]')) return null;
    el.scrollIntoView({ block: 'center', behavior: 'instant' });
    const r = el.getBoundingClientRect();
    return r.width ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
  }, sel);
  await page.mouse.click(box.x, box.y);
}

/** Gives focus to the element matching sel. */
export function focus(page, sel) {
  return inRoot(page, (root, sel) => { root.querySelector(sel)?.focus(); }, sel);
}

/** Sets a select's value (as choosing an option does: the value is read on export). */
export function select(page, sel, value) {
  return inRoot(page, (root, { sel, value }) => {
    const el = root.querySelector(sel);
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }, { sel, value });
}

/** Describes the element that has focus in the root: its class and data set. */
export function active(page) {
  return inRoot(page, (root) => {
    const el = root.activeElement;
    return el ? { className: el.className, action: el.dataset?.action ?? null, id: el.dataset?.id ?? null } : null;
  });
}
