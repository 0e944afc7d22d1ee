import { stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import webConfig from '#config/web'

/** What to send for a GET the API routes did not answer. */
export type WebAppAnswer =
  | { kind: 'file'; path: string; cacheControl: string }
  /** An app route: index.html with what the server knows written in (web_app_page.ts). */
  | { kind: 'page'; path: string; cacheControl: string }
  | { kind: 'not-built'; distDir: string }
  | { kind: 'none' }

/** Angular's output hashing: main-QM3VIE7N.js, chunk-Bvi7GD3f.js, styles-3SAZ566W.css. */
const HASHED = /-[A-Za-z0-9_]{8}\.(?:js|mjs|css)$/

export const CACHE_NO_CACHE = 'no-cache'
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable'

/**
 * Maps a URL path to a file of the built Angular app: the file itself when it
 * exists, the app's page (index.html) for its own routes (client-side routing), nothing
 * for API paths or missing files with an extension.
 */
export default class WebAppService {
  constructor(
    private distDir: string = webConfig.distDir,
    private reservedPrefixes: string[] = webConfig.reservedPrefixes
  ) {}

  async answer(urlPath: string): Promise<WebAppAnswer> {
    if (this.isReserved(urlPath)) return { kind: 'none' }
    const relative = this.safeRelativePath(urlPath)
    if (relative === null) return { kind: 'none' }

    if (relative !== '' && (await this.isFile(join(this.distDir, relative)))) {
      return {
        kind: 'file',
        path: join(this.distDir, relative),
        cacheControl: cacheControlFor(relative),
      }
    }
    // A missing asset (anything with an extension) is a 404, never the app's page.
    if (extname(relative) !== '') return { kind: 'none' }

    const index = join(this.distDir, 'index.html')
    if (!(await this.isFile(index))) return { kind: 'not-built', distDir: this.distDir }
    return { kind: 'page', path: index, cacheControl: CACHE_NO_CACHE }
  }

  isReserved(urlPath: string): boolean {
    return this.reservedPrefixes.some(
      (prefix) => urlPath === prefix || urlPath.startsWith(`${prefix}/`)
    )
  }

  /** The path inside distDir, or null when it is malformed or tries to leave it. */
  private safeRelativePath(urlPath: string): string | null {
    let decoded: string
    try {
      decoded = decodeURIComponent(urlPath)
    } catch {
      return null
    }
    if (decoded.includes('\0')) return null
    const relative = normalize(decoded).replace(/^[/\\]+/, '')
    if (relative.startsWith('..') || relative.split(sep).includes('..')) return null
    return relative
  }

  private async isFile(path: string): Promise<boolean> {
    try {
      const stats = await stat(path)
      return stats.isFile()
    } catch {
      return false
    }
  }
}

/**
 * Hashed bundles never change under their name: cached for a year. Anything
 * else (index.html, ngsw.json, the worker, the manifest, icons, unhashed
 * development bundles) is revalidated on every use, a cheap 304 via its ETag,
 * so a new release or a watch rebuild is picked up at once.
 */
function cacheControlFor(relativePath: string): string {
  const name = relativePath.split(/[/\\]/).pop() ?? ''
  return HASHED.test(name) || relativePath.startsWith('media/') ? CACHE_IMMUTABLE : CACHE_NO_CACHE
}
