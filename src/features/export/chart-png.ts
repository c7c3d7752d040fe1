import { EXPORT_BACKGROUND } from './chart-svg';

/** Pixels per CSS pixel in an exported PNG: sharp when pasted into a report or a slide. */
export const PNG_SCALE = 2;

/** Rasterizes an SVG document at {@link PNG_SCALE}× its size on a solid background. */
export async function renderPng(svg: string, width: number, height: number): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * PNG_SCALE);
  canvas.height = Math.ceil(height * PNG_SCALE);
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('This browser cannot draw images (no canvas).');
  context.fillStyle = EXPORT_BACKGROUND;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded.'))),
      'image/png',
    );
  });
}
