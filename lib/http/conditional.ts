// Conditional requests (If-None-Match), read in one linear pass over at most a few kilobytes: a
// header of 16 KB of spaces must not cost more than a short one (a regex split was quadratic).

/** Longest If-None-Match we read; a browser sends one or two tags. */
export const MAX_CONDITIONAL_HEADER = 4096;

/** Whether `header` names `etag` (or is `*`). Weak and strong tags compare equal, as RFC 9110 says for GET. */
export function matchesEtag(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const value = Array.isArray(header) ? header.join(',') : header;
  if (value.length > MAX_CONDITIONAL_HEADER) return false;
  const wanted = etag.startsWith('W/') ? etag.slice(2) : etag;
  let start = 0;
  for (let i = 0; i <= value.length; i++) {
    if (i < value.length && value.charCodeAt(i) !== 44 /* , */) continue;
    let a = start;
    let b = i;
    while (a < b && (value.charCodeAt(a) === 32 || value.charCodeAt(a) === 9)) a++;
    while (b > a && (value.charCodeAt(b - 1) === 32 || value.charCodeAt(b - 1) === 9)) b--;
    if (value.startsWith('W/', a)) a += 2;
    if (b - a === 1 && value.charCodeAt(a) === 42 /* * */) return true;
    if (b - a === wanted.length && value.startsWith(wanted, a)) return true;
    start = i + 1;
  }
  return false;
}
