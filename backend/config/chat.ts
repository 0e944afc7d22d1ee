import env from '#start/env'

/** Per-order chat. Attachments go through @adonisjs/drive (config/drive.ts), their bytes checked. */
export default {
  /** A finished order's conversation turns read-only this many days after it finished. */
  readOnlyAfterDays: env.get('CHAT_READ_ONLY_AFTER_DAYS') ?? 7,
  maxBodyLength: 2000,
  pageSize: { default: 50, max: 100 },
  uploads: {
    photo: {
      maxSize: '5mb',
      extnames: ['jpg', 'jpeg', 'png', 'webp'],
      mimeTypes: ['image/jpeg', 'image/png', 'image/webp'],
    },
    /**
     * What MediaRecorder makes: WebM/Opus (Chrome, Firefox, Android), MP4/AAC
     * (Safari, iOS); Ogg/Opus from some Firefox builds.
     */
    voice: {
      maxSize: '3mb',
      extnames: ['webm', 'weba', 'ogg', 'oga', 'opus', 'm4a', 'mp4', 'aac'],
      mimeTypes: [
        'audio/webm',
        'video/webm',
        'audio/ogg',
        'audio/opus',
        'audio/mp4',
        'video/mp4',
        'audio/x-m4a',
        'audio/aac',
      ],
    },
  },
  /** A participant who has not read a message this long is told of it (notifications). */
  awaySeconds: 60,
}
