import env from '#start/env'

/** Freight marketplace settings. Files go through @adonisjs/drive (config/drive.ts). */
export default {
  /** A delivered order with proof of delivery and no answer from the shipper completes after this. */
  autoCompleteAfterHours: env.get('AUTO_COMPLETE_AFTER_HOURS') ?? 48,
  uploads: {
    /** Per file: cargo photo, POD photo and signature, dispute evidence. */
    maxSize: '5mb',
    imageExtnames: ['jpg', 'jpeg', 'png', 'webp'],
    /** What the bytes must turn out to be, whatever the name says. */
    imageMimeTypes: ['image/jpeg', 'image/png', 'image/webp'],
    evidenceExtnames: ['jpg', 'jpeg', 'png', 'webp', 'pdf'],
    evidenceMimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
    maxEvidenceFiles: 5,
    maxCargoPhotos: 6,
  },
  loadBoard: { defaultRadiusKm: 50, defaultPerPage: 20 },
  suggestions: { radiusKm: 200, limit: 10 },
}
