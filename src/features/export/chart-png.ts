/**
 * Rasterizes an SVG document to a PNG of exactly `width` × `height` pixels, the drawing
 * stretched to fill it (callers keep the proportions). On `background`, or transparent when it is
 * null.
 */
export async function renderPng(
  svg: string,
  { width, height }: { readonly width: number; readonly height: number },
  background: string | null,
): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('This browser cannot draw images (no canvas).');
  if (background !== null) {
    context.fillStyle = background;
    context.fillRect(0, 0, width, height);
  }
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded.'))),
      'image/png',
    );
  });
}
