import { InjectionToken } from '@angular/core';

/**
 * A photo taken on a phone is several megabytes; a face on a card needs a
 * few dozen kilobytes. The picture is scaled down on the device (its longest
 * side at most `maxSide`, the camera's orientation applied) and written as
 * JPEG before it is sent, so a cheap data plan pays for the face, not the
 * sensor. The server still checks what it receives.
 */
export async function shrinkPhoto(file: Blob, maxSide = 640, quality = 0.85): Promise<Blob> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    context.drawImage(bitmap, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The photo could not be encoded'))),
        'image/jpeg',
        quality,
      ),
    );
  } finally {
    bitmap.close();
  }
}

/** `shrinkPhoto`, injectable so a test can stand in for the canvas a test browser lacks. */
export const SHRINK_PHOTO = new InjectionToken<(file: Blob) => Promise<Blob>>('SHRINK_PHOTO', {
  factory: () => (file) => shrinkPhoto(file),
});
