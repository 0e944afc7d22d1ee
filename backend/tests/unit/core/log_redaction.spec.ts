import { test } from '@japa/runner'
import { Writable } from 'node:stream'
import { Logger } from '@adonisjs/core/logger'
import loggerConfig from '#config/logger'
import { maskPhoneNumbers } from '#core/log_redaction'

test.group('log redaction: maskPhoneNumbers', () => {
  test('masks E.164 numbers of every market, keeping country code and last 4', ({ assert }) => {
    assert.equal(maskPhoneNumbers('+221771234567'), '+221****4567')
    assert.equal(maskPhoneNumbers('sent to +254712345678.'), 'sent to +254****5678.')
    assert.equal(maskPhoneNumbers('+255754123456,+256772123456'), '+255****3456,+256****3456')
    assert.equal(maskPhoneNumbers('{"phone":"+14155552671"}'), '{"phone":"+141****2671"}')
  })

  test('masks URL-encoded and MSISDN (no plus) forms', ({ assert }) => {
    assert.equal(maskPhoneNumbers('/osmand?phone=%2B221771234567'), '/osmand?phone=%2B221****4567')
    assert.equal(maskPhoneNumbers('"PhoneNumber":254712345678}'), '"PhoneNumber":254****5678}')
  })

  test('leaves ids, timestamps, amounts and short numbers alone', ({ assert }) => {
    const line =
      '{"time":1763856000000,"orderId":123456789012,"amount":1500,"code":"+2547","v":3.254712345678}'
    assert.equal(maskPhoneNumbers(line), line)
  })
})

test.group('log redaction: the app logger', () => {
  function captureLogger() {
    const lines: string[] = []
    const desination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(chunk.toString())
        done()
      },
    })
    const { hooks, redact } = loggerConfig.loggers.app
    const logger = new Logger({ enabled: true, level: 'info', hooks, redact, desination })
    return { logger, lines }
  }

  test('masks phone numbers in messages and fields of every log line', ({ assert }) => {
    const { logger, lines } = captureLogger()
    logger.info(
      { phone: '+221771234567', nested: { to: ['+254712345678'] } },
      'OTP sent to +255754123456'
    )
    const line = lines.join('')
    assert.notMatch(line, /771234567|712345678|754123456/)
    assert.include(line, '+221****4567')
    assert.include(line, '+254****5678')
    assert.include(line, 'OTP sent to +255****3456')
  })

  test('redacts credentials', ({ assert }) => {
    const { logger, lines } = captureLogger()
    logger.info({ headers: { authorization: 'Bearer oat_secret' }, password: 'hunter2' }, 'request')
    const line = lines.join('')
    assert.notInclude(line, 'oat_secret')
    assert.notInclude(line, 'hunter2')
    assert.include(line, '[redacted]')
  })
})
