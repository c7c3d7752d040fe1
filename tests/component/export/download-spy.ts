import { vi } from 'vitest';

export interface CapturedDownload {
  readonly fileName: string;
  readonly blob: Blob;
}

/**
 * Captures downloads in jsdom, which has no object URLs and cannot follow an `<a download>` link:
 * stubs `URL.createObjectURL` and `HTMLAnchorElement.prototype.click` (restored after each test).
 */
export function captureDownloads(): CapturedDownload[] {
  const downloads: CapturedDownload[] = [];
  const blobs = new Map<string, Blob>();
  vi.stubGlobal(
    'URL',
    Object.assign(class extends URL {}, {
      createObjectURL: (blob: Blob) => {
        const url = `blob:test/${blobs.size}`;
        blobs.set(url, blob);
        return url;
      },
      revokeObjectURL: (url: string) => void blobs.delete(url),
    }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.getAttribute('href') ?? '');
    if (blob) downloads.push({ fileName: this.download, blob });
  });
  return downloads;
}
