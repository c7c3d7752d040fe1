import { describe, expect, it } from 'vitest';
import { isLinkableUrl, parseSourceUrl } from '../../../src/lib/source-url';

describe('parseSourceUrl', () => {
  it.each([
    ['https://www.example.org/report?id=1', 'www.example.org'],
    ['http://example.com', 'example.com'],
    ['HTTPS://EXAMPLE.com/A', 'example.com'],
  ])('links %s, labelled %s', (url, hostname) => {
    expect(parseSourceUrl(url)).toEqual({ href: new URL(url).href, hostname });
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com/file',
    '//example.com/no-scheme',
    'not a url',
    '',
    'https://user:pass@example.org/report',
    'https://user@example.org/report',
    'https://:secret@example.org/',
  ])('does not link %j', (url) => {
    expect(parseSourceUrl(url)).toBeNull();
  });

  it('isLinkableUrl agrees with parseSourceUrl and refuses null', () => {
    expect(isLinkableUrl('https://example.org/a')).toBe(true);
    expect(isLinkableUrl('javascript:alert(1)')).toBe(false);
    expect(isLinkableUrl('not a url')).toBe(false);
    expect(isLinkableUrl(null)).toBe(false);
  });
});
