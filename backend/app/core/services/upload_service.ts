import { randomUUID } from 'node:crypto'
import { basename, extname } from 'node:path'
import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import drive from '@adonisjs/drive/services/main'
import logger from '@adonisjs/core/services/logger'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import type { HttpContext } from '@adonisjs/core/http'
import DomainException from '#core/exceptions/domain_exception'

export interface StoredFile {
  key: string
  contentType: string
  size: number
  fileName: string
}

/**
 * Types a browser shows inline that cannot run anything. Every other file
 * (a PDF, a voice note, whatever the bytes turn out to be) is served as a
 * download: a PDF opened in the app's origin can run script and forms.
 */
export const INLINE_TYPES: ReadonlySet<string> = new Set(['image/jpeg', 'image/png', 'image/webp'])

/** A file name safe in a quoted header value: ASCII word characters only. */
function headerFileName(name: string) {
  return name.replace(/[^\w.\- ]/g, '_').slice(0, 120) || 'file'
}

/**
 * Keeps uploaded files on the configured drive disk (local or S3) and is
 * the one way they go out again. The extension a client sends proves
 * nothing, so the bytes are sniffed before anything is stored and again
 * before anything is served.
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

  /**
   * Serves a stored file so that it cannot act in the app's origin: the
   * content type is what its bytes are (not the stored name, not what the
   * uploader said), browsers may not guess another (nosniff), anything but
   * a plain image is an attachment, and the file runs sandboxed even if a
   * browser opens it (CSP sandbox: no script, no forms, no same origin).
   * The name offered keeps the uploader's words with the true extension.
   */
  async send(
    response: HttpContext['response'],
    key: string,
    options: { fileName?: string; cacheControl?: string } = {}
  ) {
    const bytes = await this.#read(key)
    const detected = await fileTypeFromBuffer(bytes)
    const type = detected?.mime ?? 'application/octet-stream'
    const stem = basename(options.fileName ?? key, extname(options.fileName ?? key))
    const name = headerFileName(`${stem}.${detected?.ext ?? 'bin'}`)
    const disposition = INLINE_TYPES.has(type) ? 'inline' : 'attachment'
    response.header('Content-Type', type)
    response.header('Content-Length', String(bytes.byteLength))
    response.header('Content-Disposition', `${disposition}; filename="${name}"`)
    response.header('X-Content-Type-Options', 'nosniff')
    response.header('Content-Security-Policy', "default-src 'none'; sandbox")
    response.header('Cross-Origin-Resource-Policy', 'same-origin')
    response.header('Cache-Control', options.cacheControl ?? 'private, no-store')
    response.send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  }

  /** A record whose file is gone from the disk is a 404 that says so (and is logged), not a 500. */
  async #read(key: string) {
    try {
      return await drive.use().getBytes(key)
    } catch (error) {
      const stillThere = await drive
        .use()
        .exists(key)
        .catch(() => true)
      if (stillThere) throw error
      logger.error({ key }, 'a stored file is missing from the disk')
      throw new DomainException('This file is no longer stored. Upload it again.', {
        status: 404,
        code: 'E_FILE_MISSING',
      })
    }
  }

  /** Best effort: a leftover file costs storage, not correctness. */
  async remove(key: string) {
    try {
      await drive.use().delete(key)
    } catch {}
  }
}
