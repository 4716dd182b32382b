// @ts-check
/**
 * Conversions between the offsets of the three text encodings the extension
 * meets: UTF-16 code units (JavaScript strings, and the engine's
 * TextPositionSelector), code points (PolNeAR and Python), and UTF-8 bytes
 * (Go strings). All conversions live here and are tested as round trips.
 * @module shared/offsets
 */

/**
 * Converts a UTF-16 offset in s to a UTF-8 byte offset. An offset inside a
 * surrogate pair counts as the start of that pair.
 * @param {string} s
 * @param {number} u16
 */
export function utf16ToUtf8(s, u16) {
  let bytes = 0;
  for (let i = 0; i < u16 && i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      if (i + 1 >= u16) break;
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Converts a UTF-8 byte offset into s to a UTF-16 offset. A byte offset inside
 * a character counts as the start of that character.
 * @param {string} s
 * @param {number} u8
 */
export function utf8ToUtf16(s, u8) {
  let bytes = 0;
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    let n = 1, w = 1;
    if (c < 0x80) n = 1;
    else if (c < 0x800) n = 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) { n = 4; w = 2; }
    else n = 3;
    if (bytes + n > u8) break;
    bytes += n;
    i += w;
  }
  return i;
}

/**
 * Converts a code point offset into s to a UTF-16 offset.
 * @param {string} s
 * @param {number} cp
 */
export function codePointToUtf16(s, cp) {
  let i = 0;
  for (let k = 0; k < cp && i < s.length; k++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
  }
  return i;
}

/**
 * Converts a UTF-16 offset into s to a code point offset.
 * @param {string} s
 * @param {number} u16
 */
export function utf16ToCodePoint(s, u16) {
  let cp = 0;
  for (let i = 0; i < u16 && i < s.length; i++, cp++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) i++;
  }
  return cp;
}
