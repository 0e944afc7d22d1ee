import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, services } from '@adonisjs/drive'

export interface S3Settings {
  bucket: string
  region: string
  /** An S3-compatible store (MinIO, R2...); unset for AWS itself. */
  endpoint?: string
  accessKeyId?: string
  secretAccessKey?: string
}

/**
 * Options of the S3 disk. Files are private by bucket policy, not by ACL:
 * buckets created since 2023 refuse ACLs. Credentials fall back to the AWS
 * default chain (instance or task role).
 */
export function s3Options(settings: S3Settings) {
  const { accessKeyId, secretAccessKey, endpoint } = settings
  return {
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    region: settings.region,
    bucket: settings.bucket,
    endpoint,
    forcePathStyle: Boolean(endpoint),
    // S3-compatible stores often reject the SDK's default streaming
    // checksums (aws-chunked trailers); AWS itself keeps them.
    ...(endpoint
      ? {
          requestChecksumCalculation: 'WHEN_REQUIRED' as const,
          responseChecksumValidation: 'WHEN_REQUIRED' as const,
        }
      : {}),
    supportsACL: false,
    visibility: 'private' as const,
  }
}

/**
 * Uploaded files (vehicle photos, registration cards, insurance, licences)
 * are private: never served by URL, only streamed by the API after a policy
 * check. DRIVE_DISK=s3 keeps them in S3 (or an S3-compatible store).
 */
const driveConfig = defineConfig({
  default: env.get('DRIVE_DISK') ?? 'fs',

  services: {
    fs: services.fs({
      location: env.get('DRIVE_FS_ROOT') ?? app.makePath('storage/uploads'),
      serveFiles: false,
      visibility: 'private',
    }),
    s3: services.s3(
      s3Options({
        bucket: env.get('S3_BUCKET') ?? 'njia-uploads',
        region: env.get('AWS_REGION') ?? 'eu-west-1',
        endpoint: env.get('S3_ENDPOINT'),
        accessKeyId: env.get('AWS_ACCESS_KEY_ID'),
        secretAccessKey: env.get('AWS_SECRET_ACCESS_KEY')?.release(),
      })
    ),
  },
})

export default driveConfig

declare module '@adonisjs/drive/types' {
  export interface DriveDisks extends InferDriveDisks<typeof driveConfig> {}
}
