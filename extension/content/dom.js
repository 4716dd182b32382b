// @ts-check
/**
 * A small DOM builder for the extension's own UI. Text always goes in as
 * text nodes (never innerHTML), so page text cannot become markup.
 * @module content/dom
 */

/**
 * Makes an element: h('button', {class: 'x', onclick: f}, 'Text', child).
 * Attributes starting with "on" are listeners; others are set as attributes
 * (false/null/undefined skip them).
 * @param {string} tag
 * @param {Record<string, any>} [attrs]
 * @param {...(Node|string|null|undefined|false)} children
 * @returns {HTMLElement}
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v === null || v === undefined) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}
