import { test } from '@japa/runner'
import env from '#start/env'
import testUtils from '@adonisjs/core/services/test_utils'
import HttpExceptionHandler from '#core/exceptions/handler'
import ErrorReporter from '#core/error_reporting/error_reporter'

/** A JSON-ish body just over `bytes` long. */
function bodyOf(bytes: number) {
  return JSON.stringify({ padding: 'x'.repeat(bytes) })
}

/** POST a raw body to the test server (the api client re-encodes strings). */
async function postRaw(path: string, contentType: string | undefined, body: string) {
  const response = await fetch(`http://${env.get('HOST')}:${env.get('PORT')}${path}`, {
    method: 'POST',
    headers: contentType ? { 'content-type': contentType } : {},
    body,
  })
  return {
    status: response.status,
    body: (await response.json()) as { errors: { code: string; message: string }[] },
  }
}

test.group('platform: error format', () => {
  test('malformed JSON is a 400 E_INVALID_JSON', async ({ assert }) => {
    const response = await postRaw('/csp-report', 'application/json', '{"phone": "+2547",')
    assert.deepEqual(response, {
      status: 400,
      body: {
        errors: [{ code: 'E_INVALID_JSON', message: 'The request body is not valid JSON.' }],
      },
    })
  })

  test('a JSON body over 1 MB is a 413 E_PAYLOAD_TOO_LARGE', async ({ assert }) => {
    const response = await postRaw('/csp-report', 'application/json', bodyOf(1024 * 1024))
    assert.equal(response.status, 413)
    assert.equal(response.body.errors[0].code, 'E_PAYLOAD_TOO_LARGE')
  })

  test('a form body over 1 MB is a 413 E_PAYLOAD_TOO_LARGE', async ({ assert }) => {
    const form = `padding=${'x'.repeat(1024 * 1024)}`
    const response = await postRaw('/csp-report', 'application/x-www-form-urlencoded', form)
    assert.equal(response.status, 413)
    assert.equal(response.body.errors[0].code, 'E_PAYLOAD_TOO_LARGE')
  })

  test('a JSON body under 1 MB is accepted', async ({ assert }) => {
    const response = await fetch(`http://${env.get('HOST')}:${env.get('PORT')}/csp-report`, {
      method: 'POST',
      headers: { 'content-type': 'application/csp-report' },
      body: bodyOf(1024 * 1024 - 100),
    })
    assert.equal(response.status, 204)
  })

  test('a multipart body over 20 MB is a 413 E_PAYLOAD_TOO_LARGE', async ({ client }) => {
    const response = await client
      .post('/csp-report')
      .file('photo', Buffer.alloc(20 * 1024 * 1024 + 10), { filename: 'big.jpg' })
    response.assertStatus(413)
    response.assertBodyContains({ errors: [{ code: 'E_PAYLOAD_TOO_LARGE' }] })
  })

  test('an unknown route is a 404 E_ROUTE_NOT_FOUND', async ({ client }) => {
    const response = await client.get('/api/v1/no-such-thing')
    response.assertStatus(404)
    response.assertBody({ errors: [{ code: 'E_ROUTE_NOT_FOUND', message: 'No such endpoint.' }] })
  })

  test('a known path with the wrong method is a 405 with Allow', async ({ client, assert }) => {
    const response = await client.delete('/health')
    response.assertStatus(405)
    response.assertBodyContains({ errors: [{ code: 'E_METHOD_NOT_ALLOWED' }] })
    assert.include(response.header('allow'), 'GET')
  })

  test('a body of an unsupported content type is a 415', async ({ assert }) => {
    const response = await postRaw('/csp-report', 'application/xml', '<phone>+254712345678</phone>')
    assert.equal(response.status, 415)
    assert.equal(response.body.errors[0].code, 'E_UNSUPPORTED_MEDIA_TYPE')
  })

  test('an empty POST without a content type is not refused (logout from a browser)', async ({
    assert,
  }) => {
    const response = await postRaw('/api/v1/auth/logout', undefined, '')
    assert.equal(response.status, 401)
    assert.equal(response.body.errors[0].code, 'E_UNAUTHORIZED_ACCESS')
  })

  test('an unexpected error is a 500 E_INTERNAL without details, and is reported', async ({
    assert,
  }) => {
    const reported: unknown[] = []
    class RecordingReporter extends ErrorReporter {
      report(error: unknown) {
        reported.push(error)
      }
    }

    const ctx = await testUtils.createHttpContext()
    const handler = new HttpExceptionHandler(new RecordingReporter())
    const boom = new Error('password=hunter2 at db.internal:5432')
    await handler.report(boom, ctx)
    await handler.handle(boom, ctx)

    assert.equal(ctx.response.getStatus(), 500)
    assert.deepEqual(ctx.response.getBody(), {
      errors: [{ code: 'E_INTERNAL', message: 'Something went wrong on our side; it was logged.' }],
    })
    assert.deepEqual(reported, [boom])
  })
})
