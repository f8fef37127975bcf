// A shared thing carried in a link: compact JSON → UTF-8 → base64url, so the data needs no
// escaping in a URL and sits in the hash (`/routines/import#routine=<data>`), which browsers never
// send to a server. Reading it back accepts the whole link, its hash, or the data alone.

/** Base64url of some bytes, without padding. */
function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: spreading 200 kB of arguments at once overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Link data for any JSON value. */
export function toLinkData(value: unknown): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(value)));
}

/** The text link data holds; undefined when it is not base64url of UTF-8 text (cut or changed). */
export function fromLinkData(data: string): string | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(data) || data.length % 4 === 1) return undefined;
  const padded =
    data.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (data.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The data after `<param>=` in a link or its hash, or `text` itself when it looks like bare data;
 * undefined when it is none of these.
 */
export function linkDataOf(text: string, param: string): string | undefined {
  const inLink = new RegExp(`(?:^|[#?&])${param}=([^&#\\s]*)`).exec(text);
  if (inLink) return inLink[1] ?? '';
  return /^[A-Za-z0-9_-]+$/.test(text) ? text : undefined;
}

/** Whether an address's hash carries shared data (`#routine=…`): the import page opened by a link. */
export function hashCarries(hash: string, param: string): boolean {
  return new RegExp(`[#&]${param}=`).test(hash);
}

/** The whole link: the app at `origin` ("https://example.org"), its import page, the data. */
export function shareLink(origin: string, path: string, param: string, data: string): string {
  return `${origin.replace(/\/+$/, '')}${path}#${param}=${data}`;
}
