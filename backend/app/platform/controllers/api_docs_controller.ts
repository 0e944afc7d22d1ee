import { join } from 'node:path'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { HttpContext } from '@adonisjs/core/http'
import OpenApiService from '#platform/services/openapi_service'
import DomainException from '#core/exceptions/domain_exception'

/** swagger-ui-dist's folder; served by the API, never from a CDN. */
const swaggerUiDir = createRequire(import.meta.url)('swagger-ui-dist').getAbsoluteFSPath() as string

/** The Swagger UI files /docs uses, with their content types. */
const swaggerUiAssets: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'index.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
  'favicon-16x16.png': 'image/png',
}

// Kept out of the page so the Content-Security-Policy needs no inline script.
const initializer = `window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: '/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    persistAuthorization: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: 'StandaloneLayout',
  })
}
`

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Njia API</title>
    <link rel="stylesheet" href="/docs/swagger-ui.css" />
    <link rel="stylesheet" href="/docs/index.css" />
    <link rel="icon" type="image/png" href="/docs/favicon-32x32.png" sizes="32x32" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="/docs/swagger-ui-bundle.js"></script>
    <script src="/docs/swagger-ui-standalone-preset.js"></script>
    <script src="/docs/swagger-initializer.js"></script>
  </body>
</html>
`

export default class ApiDocsController {
  /** GET /openapi.json */
  async document() {
    return new OpenApiService().document()
  }

  /** GET /docs */
  async ui({ response }: HttpContext) {
    response.header('Content-Type', 'text/html; charset=utf-8')
    return response.send(page)
  }

  /** GET /docs/:file, the Swagger UI assets */
  async asset({ params, response }: HttpContext) {
    response.header('Cache-Control', 'public, max-age=86400')
    if (params.file === 'swagger-initializer.js') {
      response.header('Content-Type', 'text/javascript; charset=utf-8')
      return response.send(initializer)
    }
    const type = swaggerUiAssets[params.file]
    if (!type) throw DomainException.notFound('File', 'No such file.')
    response.header('Content-Type', type)
    return response.send(await readFile(join(swaggerUiDir, params.file)))
  }
}
