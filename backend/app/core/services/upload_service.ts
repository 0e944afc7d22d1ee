import { randomUUID } from 'node:crypto'
import { fileTypeFromFile } from 'file-type'
import drive from '@adonisjs/drive/services/main'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import DomainException from '#core/exceptions/domain_exception'

export interface StoredFile {
  key: string
  contentType: string
  size: number
  fileName: string
}

/**
 * Keeps uploaded files on the configured drive disk (local or S3). The
 * extension a client sends proves nothing, so the bytes are sniffed before
 * anything is stored.
 */
export default class UploadService {
  /** 422 E_INVALID_FILE unless the file's bytes are one of `mimeTypes`. */
  async assertType(file: MultipartFile, field: string, mimeTypes: string[]) {
    const detected = file.tmpPath ? await fileTypeFromFile(file.tmpPath) : undefined
    if (!detected || !mimeTypes.includes(detected.mime)) {
      throw new DomainException(
        `The ${field} file must be one of: ${mimeTypes.join(', ')}; its content is ${detected?.mime ?? 'not recognised'}.`,
        { status: 422, code: 'E_INVALID_FILE', field }
      )
    }
    return detected
  }

  /** Checks the type, then stores the file under `folder/<uuid>.<ext>`. */
  async store(
    file: MultipartFile,
    options: { folder: string; field: string; mimeTypes: string[] }
  ): Promise<StoredFile> {
    const detected = await this.assertType(file, options.field, options.mimeTypes)
    const key = `${options.folder}/${randomUUID()}.${detected.ext}`
    await file.moveToDisk(key, { contentType: detected.mime })
    return {
      key,
      contentType: detected.mime,
      size: file.size,
      fileName: file.clientName.slice(0, 255),
    }
  }

  async read(key: string) {
    return drive.use().getStream(key)
  }

  /** Best effort: a leftover file costs storage, not correctness. */
  async remove(key: string) {
    try {
      await drive.use().delete(key)
    } catch {}
  }
}
