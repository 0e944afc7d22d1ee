import { test } from '@japa/runner'
import { ESLint } from 'eslint'
import app from '@adonisjs/core/services/app'

/** Lints one would-be file of app/ with the project's rules, without writing it. */
async function lintAs(filePath: string, code: string) {
  const eslint = new ESLint({ cwd: app.appRoot.pathname })
  const [result] = await eslint.lintText(code, { filePath })
  return result.messages.map((message) => message.message)
}

test.group('Capability boundaries (eslint.config.js)', () => {
  test('a capability importing one it may not use fails the lint', async ({ assert }) => {
    const messages = await lintAs(
      'app/fleet/services/probe.ts',
      "import Order from '#orders/models/order'\n\nexport default Order\n"
    )
    assert.isTrue(messages.some((m) => m.includes('fleet may use only core, accounts')))
  })

  test('an allowed dependency passes', async ({ assert }) => {
    const messages = await lintAs(
      'app/orders/services/probe.ts',
      "import Vehicle from '#fleet/models/vehicle'\n\nexport default Vehicle\n"
    )
    assert.deepEqual(messages, [])
  })

  test('a folder of app/ that is not in the table fails the lint', async ({ assert }) => {
    const messages = await lintAs('app/misc/probe.ts', 'export const probe = 1\n')
    assert.isTrue(messages.some((m) => m.includes('add it to CAPABILITIES')))
  })
})

test.group('One authority for ids, numbers, booleans, dates and text (eslint.config.js)', () => {
  test('a capability writing its own vine.number / vine.string / vine.date / vine.boolean fails the lint', async ({
    assert,
  }) => {
    for (const call of [
      'vine.number()',
      'vine.string().maxLength(9)',
      "vine.date({ formats: ['iso8601'] })",
      'vine.boolean()',
    ]) {
      const messages = await lintAs(
        'app/orders/validators/probe.ts',
        `import vine from '@vinejs/vine'\n\nexport const probe = ${call}\n`
      )
      assert.isTrue(
        messages.some((m) => m.includes('Use the shared rules')),
        `${call}: ${messages.join('; ')}`
      )
    }
  })

  test('the shared rules themselves pass', async ({ assert }) => {
    const messages = await lintAs(
      'app/orders/validators/probe.ts',
      "import { textId } from '#core/validators/rules/number'\n\nexport const probe = textId()\n"
    )
    assert.deepEqual(messages, [])
  })
})
