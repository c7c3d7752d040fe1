// Link previews: the Open Graph and Twitter tags a chat app or a social network reads when a
// dashboard link is pasted. The image is the all-time timeline, exported by the dashboard's own
// export code (npm run preview:image writes it and its record; a test fails when it is stale).
import { existsSync, readFileSync } from 'node:fs';
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** Where the preview image and its record live under public/, so at this path on the site. */
export const PREVIEW_IMAGE_PATH = '/preview/timeline.png';
export const PREVIEW_RECORD_PATH = '/preview/timeline.json';

/** What npm run preview:image wrote: which dataset the image shows, its size and its hash. */
export interface PreviewRecord {
  readonly datasetVersion: string;
  readonly width: number;
  readonly height: number;
  /** SHA-256 of the PNG, hex: a regenerated image with a stale record fails the test. */
  readonly sha256: string;
  readonly alt: string;
}

export interface LinkPreview {
  readonly title: string;
  readonly description: string;
  /**
   * The site's public origin and base path (`https://example.org/tracker`), from VITE_SITE_URL.
   * Social networks want absolute URLs; without it the tags carry the image's path only.
   */
  readonly siteUrl: string | null;
  /** Null before npm run preview:image has run: the tags then carry no image. */
  readonly record: PreviewRecord | null;
}

/** The meta tags, in the order a person reading the HTML expects them. */
export function linkPreviewTags(preview: LinkPreview): HtmlTagDescriptor[] {
  const base = preview.siteUrl?.replace(/\/+$/, '') ?? '';
  const image = `${base}${PREVIEW_IMAGE_PATH}`;
  const { record } = preview;
  const property = (name: string, content: string): HtmlTagDescriptor => ({
    tag: 'meta',
    attrs: { property: name, content },
    injectTo: 'head',
  });
  const named = (name: string, content: string): HtmlTagDescriptor => ({
    tag: 'meta',
    attrs: { name, content },
    injectTo: 'head',
  });
  return [
    property('og:type', 'website'),
    property('og:site_name', preview.title),
    property('og:title', preview.title),
    property('og:description', preview.description),
    ...(base === '' ? [] : [property('og:url', `${base}/`)]),
    ...(record === null
      ? []
      : [
          property('og:image', image),
          property('og:image:type', 'image/png'),
          property('og:image:width', String(record.width)),
          property('og:image:height', String(record.height)),
          property('og:image:alt', record.alt),
        ]),
    named('twitter:card', record === null ? 'summary' : 'summary_large_image'),
    named('twitter:title', preview.title),
    named('twitter:description', preview.description),
    ...(record === null
      ? []
      : [named('twitter:image', image), named('twitter:image:alt', record.alt)]),
  ];
}

/** The page's `<title>` and meta description, written once in index.html. */
export function pageWords(html: string): { title: string; description: string } {
  const title = /<title>([^<]+)<\/title>/.exec(html)?.[1]?.trim();
  const description = /<meta\s+name="description"\s+content="([^"]+)"/.exec(html)?.[1]?.trim();
  if (!title || !description) {
    throw new Error('index.html needs a <title> and a <meta name="description"> for link previews');
  }
  return { title, description: description.replace(/\s+/g, ' ') };
}

/**
 * Adds the link-preview tags to the dashboard page (index.html), its words taken from the page.
 * `record` is read from public/preview/timeline.json (null when it is missing).
 */
export function linkPreviewPlugin(siteUrl: string | null, record: PreviewRecord | null): Plugin {
  return {
    name: 'link-preview',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) =>
        context.filename.endsWith('index.html')
          ? linkPreviewTags({ ...pageWords(html), siteUrl, record })
          : [],
    },
  };
}

/** The record written by npm run preview:image, or null when there is none yet. */
export function readPreviewRecord(publicDir: string): PreviewRecord | null {
  const file = `${publicDir}${PREVIEW_RECORD_PATH}`;
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as PreviewRecord;
}
