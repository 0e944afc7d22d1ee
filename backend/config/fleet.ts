/**
 * Fleet: limits on uploaded vehicle photos and documents. Files are stored
 * through @adonisjs/drive (config/drive.ts).
 */
export default {
  uploads: {
    /** Per file; the whole multipart body is capped in config/bodyparser.ts. */
    maxSize: '5mb',
    documentExtnames: ['jpg', 'jpeg', 'png', 'webp', 'pdf'],
    photoExtnames: ['jpg', 'jpeg', 'png', 'webp'],
    /** What the file's bytes must turn out to be, whatever its name says. */
    documentMimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
    photoMimeTypes: ['image/jpeg', 'image/png', 'image/webp'],
  },
  maxPhotosPerVehicle: 10,
  /** How long an administrator usually takes to verify a paper: what a new driver is told to expect. */
  paperReviewHours: 24,
}
