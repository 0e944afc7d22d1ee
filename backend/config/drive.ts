import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, services } from '@adonisjs/drive'

/**
 * Uploaded files (vehicle photos, registration cards, insurance, licences)
 * are private: they are never served by URL, only streamed by the API after
 * a policy check. DRIVE_DISK=s3 keeps them in S3 (or an S3-compatible store
 * with S3_ENDPOINT); credentials fall back to the AWS default chain (IAM role).
 */
const accessKeyId = env.get('AWS_ACCESS_KEY_ID')
const secretAccessKey = env.get('AWS_SECRET_ACCESS_KEY')?.release()

const driveConfig = defineConfig({
  default: env.get('DRIVE_DISK') ?? 'fs',

  services: {
    fs: services.fs({
      location: env.get('DRIVE_FS_ROOT') ?? app.makePath('storage/uploads'),
      serveFiles: false,
      visibility: 'private',
    }),
    s3: services.s3({
      credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
      region: env.get('AWS_REGION') ?? 'eu-west-1',
      bucket: env.get('S3_BUCKET') ?? 'njia-uploads',
      endpoint: env.get('S3_ENDPOINT'),
      forcePathStyle: Boolean(env.get('S3_ENDPOINT')),
      visibility: 'private',
    }),
  },
})

export default driveConfig

declare module '@adonisjs/drive/types' {
  export interface DriveDisks extends InferDriveDisks<typeof driveConfig> {}
}
