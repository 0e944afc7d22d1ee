import { readdir, readFile } from 'node:fs/promises'
import { basename } from 'node:path'
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
      'app/fleet/probe.ts',
      "import Order from '#orders/models/order'\n\nexport default Order\n"
    )
    assert.isTrue(messages.some((m) => m.includes('fleet may use only core, accounts')))
  })

  test('an allowed dependency passes', async ({ assert }) => {
    const messages = await lintAs(
      'app/orders/probe.ts',
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

test.group('One service style (eslint.config.js, docs/architecture.md "One style")', () => {
  const service = [
    "import { inject } from '@adonisjs/core'",
    '',
    'export const LIMIT = 4',
    'export type Probe = { id: number }',
    'export class ProbeRefused extends Error {}',
    '',
    '@inject()',
    'export default class ProbeService {',
    '  async of(id: number) {',
    '    return id + LIMIT',
    '  }',
    '}',
    '',
  ].join('\n')

  test('a service class with its types, constants and errors passes', async ({ assert }) => {
    assert.deepEqual(await lintAs('app/fleet/services/probe_service.ts', service), [])
  })

  test('each outlier of the written style fails the lint', async ({ assert }) => {
    const outliers: Record<string, string> = {
      'a file of free functions':
        'export async function fleetAccess(id: number) {\n  return id\n}\n',
      'a function beside the service': `${service}\nexport function quietEnd(at: number) {\n  return at\n}\n`,
      'an arrow function beside the service': `${service}\nexport const seesCarrier = (id: number) => id > 0\n`,
      'a module singleton': 'class Probe {}\n\nexport default new Probe()\n',
      'an exported instance': `${service}\nexport const counter = new ProbeService()\n`,
      'mutable module state': `${service}\nexport let current = 0\n`,
      'a second class that is not an error': `${service}\nexport class OtherService {}\n`,
      'a re-export': `${service}\nexport { inject }\n`,
    }
    for (const [what, code] of Object.entries(outliers)) {
      const messages = await lintAs('app/tracking/services/probe_service.ts', code)
      assert.isTrue(
        messages.some((m) => m.includes('"One style"')),
        `${what}: ${messages.join('; ') || 'passed the lint'}`
      )
    }
  })

  test('a service file still gets the shared validation rules', async ({ assert }) => {
    const messages = await lintAs(
      'app/orders/services/probe_service.ts',
      `import vine from '@vinejs/vine'\n\n${service}\nexport const probe = vine.number()\n`
    )
    assert.isTrue(messages.some((m) => m.includes('Use the shared rules')))
  })

  test('the classes of the domain logic beside services/ keep the same style', async ({
    assert,
  }) => {
    const provider = service.replace('ProbeService', 'ProbeProvider')
    const outliers: Record<string, [string, string]> = {
      'a class exported by name': ['app/money/providers/probe.ts', 'export class Probe {}\n'],
      'a health check exported by name': [
        'app/platform/health/probe_health_check.ts',
        "import { BaseCheck } from '@adonisjs/core/health'\n\nexport class ProbeHealthCheck extends BaseCheck {}\n",
      ],
      'a function beside a provider': [
        'app/money/providers/probe_provider.ts',
        `${provider}\nexport function resultOf(at: number) {\n  return at\n}\n`,
      ],
      'a module singleton beside a job': [
        'app/orders/jobs/probe_job.ts',
        `${service.replace('ProbeService', 'ProbeJob')}\nexport const counter = new Date()\n`,
      ],
      'mutable state beside a sender': [
        'app/sms/senders/probe_sender.ts',
        `${service.replace('ProbeService', 'ProbeSender')}\nexport let sent = 0\n`,
      ],
    }
    for (const [what, [file, code]] of Object.entries(outliers)) {
      const messages = await lintAs(file, code)
      assert.isTrue(
        messages.some((m) => m.includes('"One style"')),
        `${what}: ${messages.join('; ') || 'passed the lint'}`
      )
    }
    // A provider's wire format is a rules file: functions with no class pass.
    const wire = 'export function bodyOf(id: number) {\n  return { id }\n}\n'
    assert.deepEqual(await lintAs('app/money/providers/probe_wire.ts', wire), [])
    assert.deepEqual(await lintAs('app/money/providers/probe_provider.ts', provider), [])
  })

  test('every service file, and every class of domain logic beside services/, is named for its class', async ({
    assert,
  }) => {
    const files = await readdir(app.makePath('app'), { recursive: true })
    const domain =
      /^[a-z_]+\/(services|jobs|providers|senders|sessions|routing|health|error_reporting)\//
    const services = files.filter((f) =>
      /^[a-z_]+\/services\/.+\.ts$/.test(f.replaceAll('\\', '/'))
    )
    assert.isAbove(services.length, 50)
    const classes = []
    for (const file of files.filter(
      (f) => domain.test(f.replaceAll('\\', '/')) && f.endsWith('.ts')
    )) {
      const source = await readFile(app.makePath('app', file), 'utf8')
      const name = source.match(/^export default (?:abstract )?class (\w+)/m)?.[1]
      if (services.includes(file) || name) classes.push([file, name] as const)
    }
    assert.isAbove(classes.length, 100)
    for (const [file, name] of classes) {
      assert.equal(
        name?.toLowerCase(),
        basename(file, '.ts').replaceAll('_', ''),
        `${file} should default-export the class it is named for`
      )
    }
  })
})
