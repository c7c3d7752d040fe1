export interface SourceLinkTarget {
  /** The URL as the browser will resolve it. */
  readonly href: string;
  readonly hostname: string;
}

const LINKABLE_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * The link target for a source URL, or null when it must not become a link: anything that does not
 * parse, every scheme but http(s) (`javascript:`, `data:`, `file:` ...), and any URL carrying
 * credentials, is not linked.
 */
export function parseSourceUrl(url: string): SourceLinkTarget | null {
  if (!URL.canParse(url)) return null;
  const parsed = new URL(url);
  if (!LINKABLE_PROTOCOLS.has(parsed.protocol)) return null;
  // A user name or password in a link is never shown or followed (`https://user:pass@host`).
  if (parsed.username !== '' || parsed.password !== '') return null;
  return { href: parsed.href, hostname: parsed.hostname };
}

/** Whether `url` may become a link (http or https, and it parses). */
export function isLinkableUrl(url: string | null): url is string {
  return url !== null && parseSourceUrl(url) !== null;
}
