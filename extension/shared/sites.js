// @ts-check
/**
 * Sites for the opt-in automatic analysis, as match patterns. A pattern
 * names a scheme and host and no port: match patterns in Firefox cannot hold
 * one, so a site is every port of its host.
 * @module shared/sites
 */

/**
 * Returns the match pattern of the site of url ("https://news.example/*"),
 * or null for a page that is not on the web (about:, file:, the browser's
 * own pages).
 * @param {string|undefined} url
 * @returns {string|null}
 */
export function sitePattern(url) {
  try {
    const u = new URL(url ?? '');
    if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !u.hostname) return null;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}

/**
 * Returns the host a pattern names, for people.
 * @param {string} pattern
 */
export function siteHost(pattern) {
  return pattern.replace(/^[a-z]+:\/\//, '').replace(/\/\*$/, '');
}
