// Image validation and processing, with no database and no storage: bytes in, checked image and
// its encoded variants out. Everything is decided and encoded before anything is stored, so a
// rejected upload leaves nothing behind.
import sharp, { type Metadata, type Sharp } from 'sharp';
import { AppError } from '../../platform/errors.js';
import { checkSize, detectType, IMAGE_TYPES, sha256Of, type ImageType } from './file-kind.js';

export type ImageLimits = { maxImageBytes: number; maxImageSidePx: number };

/** Smaller images make poor product photos and are usually icons or mistakes. */
export const MIN_IMAGE_SIDE_PX = 100;

/** Resized variants (fit inside a square of this side, never enlarged), all WebP. */
export const RESIZED_VARIANTS = { thumb: 240, medium: 720, large: 1440 } as const;
export type VariantName = keyof typeof RESIZED_VARIANTS | 'original';
export const VARIANT_NAMES: readonly VariantName[] = ['thumb', 'medium', 'large', 'original'];

export type ImageBlob = { variant: VariantName; key: string; bytes: Buffer; contentType: string };

export type ProcessedImage = {
  contentType: ImageType;
  /** Of the upright (EXIF-oriented) original. */
  width: number;
  height: number;
  sizeBytes: number;
  sha256: string;
  blobs: ImageBlob[];
};

const invalidImage = (err: unknown) =>
  new AppError('invalid', 'invalid_image', 'The image could not be decoded: it may be truncated or corrupt', {
    reason: err instanceof Error ? err.message.split('\n')[0]!.slice(0, 200) : 'unreadable',
  });

function dimensionsError(width: number, height: number, max: number): AppError {
  return new AppError(
    'invalid',
    'image_dimensions',
    `The image is ${width}×${height} px; each side must be between ${MIN_IMAGE_SIDE_PX} and ${max} px`,
    { width, height, minSidePx: MIN_IMAGE_SIDE_PX, maxSidePx: max },
  );
}

function encodeOriginal(image: Sharp, type: ImageType): Sharp {
  // Not mozjpeg: 6× slower on a 27-megapixel photo (1.6 s against 0.26 s) for ~20% fewer bytes.
  if (type === 'image/jpeg') return image.jpeg({ quality: 90 });
  if (type === 'image/png') return image.png();
  return image.webp({ quality: 90 });
}

export async function processImage(bytes: Buffer, declaredType: string | undefined, limits: ImageLimits): Promise<ProcessedImage> {
  checkSize(bytes, limits.maxImageBytes);
  const contentType = await detectType(bytes, IMAGE_TYPES, declaredType);
  // The pixel limit stops decompression bombs before decoding; failOn 'error' refuses truncated and
  // corrupt data while tolerating the harmless warnings many cameras' JPEGs produce.
  const input = { limitInputPixels: limits.maxImageSidePx ** 2, failOn: 'error' as const, autoOrient: true };

  let meta: Metadata;
  try {
    meta = await sharp(bytes, input).metadata();
  } catch (err) {
    throw invalidImage(err);
  }
  const width = meta.autoOrient?.width ?? meta.width;
  const height = meta.autoOrient?.height ?? meta.height;
  if (!width || !height) throw invalidImage(new Error('no dimensions'));
  if (Math.max(width, height) > limits.maxImageSidePx || Math.min(width, height) < MIN_IMAGE_SIDE_PX) {
    throw dimensionsError(width, height, limits.maxImageSidePx);
  }

  const sha256 = sha256Of(bytes);
  const blobs: ImageBlob[] = [];
  // One at a time: each decode of a large image holds tens of megabytes.
  try {
    // Output carries no metadata (EXIF, GPS, XMP, comments): sharp strips it unless asked to keep it.
    const { data, info } = await encodeOriginal(sharp(bytes, input), contentType).toBuffer({ resolveWithObject: true });
    if (info.width !== width || info.height !== height) throw new Error('orientation mismatch');
    blobs.push({ variant: 'original', key: `img/${sha256}/original.${IMAGE_TYPES[contentType]}`, bytes: data, contentType });
    for (const [variant, side] of Object.entries(RESIZED_VARIANTS) as Array<[keyof typeof RESIZED_VARIANTS, number]>) {
      const resized = await sharp(bytes, input).resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true }).webp({ quality: 82 }).toBuffer();
      blobs.push({ variant, key: `img/${sha256}/${variant}.webp`, bytes: resized, contentType: 'image/webp' });
    }
  } catch (err) {
    throw invalidImage(err);
  }
  return { contentType, width, height, sizeBytes: bytes.length, sha256, blobs };
}
