/** How long the object URL of a download stays valid: long enough for the browser to start it. */
const REVOKE_AFTER_MS = 60_000;

/** Saves `blob` as `fileName` through a temporary `<a download>` link. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute later is safe.
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
