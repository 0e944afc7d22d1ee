import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { inject } from '@adonisjs/core'
import { extname } from 'node:path'
import WebAppService from '#platform/services/web_app_service'
import WebAppPage from '#platform/services/web_app_page'
import WebAppCompression, { type Encoded } from '#platform/services/web_app_compression'
import { EARLY_SIGN_IN_PATHS } from '#platform/services/web_app_sign_in'

/** One cache of compressed files and page parts for the process. */
const compression = new WebAppCompression()
const page = new WebAppPage()

/**
 * Serves the built web app at the API's origin, only for GET/HEAD requests
 * that matched no route: it can never shadow an API route, whichever file
 * registers it. See config/web.ts for the paths it never touches.
 *
 * It runs after the router gave up: the exception handler has already queued
 * its JSON 404 (errors are handled inside the middleware chain), so that body
 * is replaced, never sent.
 */
@inject()
export default class WebAppMiddleware {
  constructor(private webApp: WebAppService) {}

  async handle(ctx: HttpContext, next: NextFn) {
    await next()
    const { request, response } = ctx
    const method = request.method()
    if (ctx.route || response.getStatus() !== 404 || (method !== 'GET' && method !== 'HEAD')) {
      return
    }
    const path = request.parsedUrl.pathname ?? '/'
    const answer = await this.webApp.answer(path)
    if (answer.kind === 'none') return
    response.lazyBody = {}
    if (answer.kind === 'not-built') return notBuilt(ctx, answer.distDir)
    response.status(200)
    response.header('Cache-Control', answer.cacheControl)
    const encoding = WebAppCompression.negotiate(request.header('accept-encoding'))
    if (answer.kind === 'page') {
      const locale = page.locale(request.header('cookie'), request.header('accept-language'))
      const signIn = EARLY_SIGN_IN_PATHS.includes(path)
        ? { expired: Boolean(request.qs().expired) }
        : undefined
      const html = await page.render(answer.path, locale, { signIn })
      response.header('Vary', 'Accept-Encoding, Accept-Language, Cookie')
      response.type('html')
      return send(ctx, await WebAppCompression.text(html, encoding))
    }
    if (!WebAppCompression.compressible(answer.path)) return response.download(answer.path, true)
    response.header('Vary', 'Accept-Encoding')
    response.type(extname(answer.path))
    return send(ctx, await compression.file(answer.path, encoding))
  }
}

/** A body with its encoding and ETag; a 304 when the browser has it already. */
function send({ request, response }: HttpContext, { body, encoding, etag }: Encoded) {
  response.header('ETag', etag)
  if (encoding) response.header('Content-Encoding', encoding)
  if (request.header('if-none-match') === etag) return response.status(304).send('')
  response.send(body)
}

function notBuilt({ response }: HttpContext, distDir: string) {
  response.header('Cache-Control', 'no-store')
  response
    .status(503)
    .type('html')
    .send(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Njia: web app not built</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;line-height:1.5">
<h1>The Njia API is running; the web app is not built yet</h1>
<p>No <code>index.html</code> in <code>${escapeHtml(distDir)}</code>. From the repository root, run</p>
<pre>npm run build -w web</pre>
<p>(or <code>make dev</code>, which builds and watches it), then reload. The API itself is
documented at <a href="/docs">/docs</a>.</p></body></html>`
    )
}

function escapeHtml(text: string) {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)
}
