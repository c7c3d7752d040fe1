// Loaded on first use, with the builder and fflate.
import { downloadBlob } from '../../lib/download';
import { buildDataPackage } from './build-data-package';
import type { DataPackageInput } from './package-input';

/** Builds the ZIP and starts its download; resolves to the file name. */
export function downloadDataPackage(input: DataPackageInput): string {
  const { fileName, zip } = buildDataPackage(input);
  // A copy typed on a plain ArrayBuffer, which is what Blob accepts.
  downloadBlob(new Blob([new Uint8Array(zip)], { type: 'application/zip' }), fileName);
  return fileName;
}
