import { test } from '@japa/runner'
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import app from '@adonisjs/core/services/app'
import { LOCALES } from '#core/locales'

/** Every source file of the API (app/ and start/), for the error codes they can answer with. */
async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
}

/**
 * The web app's translations are the one authority for the words of an
 * error (issue 10 item 5): the API sends a code, the app says it in the
 * reader's language. A new code without its words in en, fr and sw fails here.
 */
test.group('Error codes are translated', () => {
  test('every error code the API can answer with has words in every language of the app', async ({
    assert,
  }) => {
    const files = [
      ...(await sources(app.makePath('app'))),
      ...(await sources(app.makePath('start'))),
    ]
    const codes = new Set<string>()
    for (const file of files) {
      const source = await readFile(file, 'utf8')
      for (const match of source.matchAll(/'(E_[A-Z0-9_]+)'/g)) codes.add(match[1])
    }
    assert.isAbove(codes.size, 50)
    for (const locale of LOCALES) {
      const file = await readFile(
        app.makePath('..', 'web', 'src', 'i18n', `${locale}.json`),
        'utf8'
      )
      const words = JSON.parse(file).errors as Record<string, unknown>
      const missing = [...codes].filter((code) => typeof words[code] !== 'string')
      assert.deepEqual(missing, [], `web/src/i18n/${locale}.json has no "errors" words for these`)
    }
  })
})
