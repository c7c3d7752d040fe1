// @vitest-environment node
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  linkPreviewTags,
  pageWords,
  PREVIEW_IMAGE_PATH,
  readPreviewRecord,
  type PreviewRecord,
} from '../../../scripts/lib/link-preview';
import dataset from '../../../mocks/data/incidents.json';

const root = new URL('../../../', import.meta.url);
const publicDir = new URL('public', root).pathname;
const record = readPreviewRecord(publicDir);
const image = readFileSync(new URL(`public${PREVIEW_IMAGE_PATH}`, root));

describe('the link-preview image (public/preview, written by npm run preview:image)', () => {
  it('shows the current dataset version', () => {
    expect(record, 'public/preview/timeline.json is missing: run npm run preview:image').not.toBe(
      null,
    );
    expect(
      record?.datasetVersion,
      `the preview image shows the dataset of ${record?.datasetVersion}, the data is of ${dataset.meta.version}: run npm run preview:image`,
    ).toBe(dataset.meta.version);
  });

  it('is the image the record describes (hash and pixel size)', () => {
    expect(createHash('sha256').update(image).digest('hex')).toBe(record?.sha256);
    expect(image.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect({ width: image.readUInt32BE(16), height: image.readUInt32BE(20) }).toEqual({
      width: record?.width,
      height: record?.height,
    });
  });
});

const RECORD: PreviewRecord = {
  datasetVersion: '2026-12-01',
  width: 2400,
  height: 1350,
  sha256: 'ab',
  alt: 'A timeline',
};
const WORDS = { title: 'Crypto Theft Tracker', description: 'How much was stolen.' };

function contentOf(tags: ReturnType<typeof linkPreviewTags>, key: string): string | undefined {
  const tag = tags.find((t) => t.attrs?.property === key || t.attrs?.name === key);
  const content = tag?.attrs?.content;
  return typeof content === 'string' ? content : undefined;
}

describe('linkPreviewTags', () => {
  it('gives absolute image and page URLs when the site URL is configured', () => {
    const tags = linkPreviewTags({
      ...WORDS,
      siteUrl: 'https://example.org/tracker/',
      record: RECORD,
    });
    expect(contentOf(tags, 'og:image')).toBe('https://example.org/tracker/preview/timeline.png');
    expect(contentOf(tags, 'twitter:image')).toBe(contentOf(tags, 'og:image'));
    expect(contentOf(tags, 'og:url')).toBe('https://example.org/tracker/');
    expect(contentOf(tags, 'og:image:width')).toBe('2400');
    expect(contentOf(tags, 'og:image:height')).toBe('1350');
    expect(contentOf(tags, 'twitter:card')).toBe('summary_large_image');
    expect(contentOf(tags, 'og:title')).toBe(WORDS.title);
    expect(contentOf(tags, 'twitter:description')).toBe(WORDS.description);
  });

  it('gives the image path, and no page URL, without a site URL', () => {
    const tags = linkPreviewTags({ ...WORDS, siteUrl: null, record: RECORD });
    expect(contentOf(tags, 'og:image')).toBe('/preview/timeline.png');
    expect(contentOf(tags, 'og:url')).toBeUndefined();
  });

  it('falls back to a text card when no image has been made', () => {
    const tags = linkPreviewTags({ ...WORDS, siteUrl: null, record: null });
    expect(contentOf(tags, 'og:image')).toBeUndefined();
    expect(contentOf(tags, 'twitter:image')).toBeUndefined();
    expect(contentOf(tags, 'twitter:card')).toBe('summary');
    expect(contentOf(tags, 'og:description')).toBe(WORDS.description);
  });
});

describe('pageWords', () => {
  it("reads index.html's own title and description", () => {
    const words = pageWords(readFileSync(new URL('index.html', root), 'utf8'));
    expect(words.title).toBe('Crypto Theft Tracker');
    expect(words.description).toMatch(/^Crypto Theft Tracker: how much crypto was stolen/);
  });

  it('says what is missing instead of writing empty tags', () => {
    expect(() => pageWords('<html><head></head></html>')).toThrow(/<title>.*description/);
  });
});
