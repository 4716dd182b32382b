// @ts-check
/**
 * A small DOM builder for the extension's own UI. Text always goes in as
 * text nodes (never innerHTML), so page text cannot become markup, and
 * Bidi control characters are taken out of it, so page text cannot reorder
 * what the reader sees around it (a speaker's name shown backwards, a
 * quote that seems to end elsewhere).
 * @module content/dom
 */

/**
 * BIDI matches the Unicode bidirectional controls: embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069), the marks (U+200E, U+200F,
 * U+061C).
 */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/**
 * Returns s without Bidi control characters.
 * @param {string} s
 */
export function stripBidi(s) {
  return s.replace(BIDI, '');
}

/** @typedef {Node|string|null|undefined|false} Child */

/**
 * Makes an element: h('button', {class: 'x', onclick: f}, 'Text', child).
 * Attributes starting with "on" are listeners; others are set as attributes
 * (false/null/undefined skip them). A child may be an array of children, so
 * that long lists are appended in a loop rather than spread into arguments
 * (a spread of a huge array overflows the stack).
 * @param {string} tag
 * @param {Record<string, any>} [attrs]
 * @param {...(Child|Child[])} children
 * @returns {HTMLElement}
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v === null || v === undefined) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

/**
 * Appends children (arrays of them too) to a node; strings become text nodes.
 * @param {Node} el
 * @param {(Child|Child[])[]} children
 */
export function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.appendChild(typeof c === 'string' ? document.createTextNode(stripBidi(c)) : c);
  }
}

/**
 * Replaces a node's children without spreading them into arguments.
 * @param {Node} el
 * @param {(Child|Child[])[]} children
 */
export function replace(el, children) {
  while (el.firstChild) el.removeChild(el.firstChild);
  append(el, children);
}
