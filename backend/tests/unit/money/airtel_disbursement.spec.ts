import { test } from '@japa/runner'
import fc from 'fast-check'
import { createPublicKey } from 'node:crypto'
import { readFileSync } from 'node:fs'
import app from '@adonisjs/core/services/app'
import {
  encryptedAirtelPin,
  outcomeOfAirtelDisbursement,
} from '#money/providers/airtel_disbursement_wire'
import SimulatedAirtelPayoutProvider from '#money/providers/simulated_airtel_payout_provider'
import { decryptedPin } from '#tests/airtel_fixtures'

/** Codes that are no final answer: a failure read from one would let a new id pay a second time. */
const NOT_FINAL = [
  'DP00900001000',
  'DP00900001006',
  'DP00900001014',
  'DP00900001011',
  'DP00900001015',
  'DP00900001017',
]
const CODES = [
  ...NOT_FINAL,
  'DP00900001001',
  'DP00900001003',
  'DP00900001004',
  'DP00900001005',
  'DP00900001007',
  'DP00900001009',
  'DP00900001010',
  'DP00900001012',
  'DP00900001013',
  'DP00900001016',
]

const answers = fc.record(
  {
    status: fc.option(fc.constantFrom('TS', 'TF', 'TIP', 'TA', 'TE', 'SUCCESS', ''), {
      nil: undefined,
    }),
    code: fc.option(fc.oneof(fc.constantFrom(...CODES), fc.string()), { nil: undefined }),
    receipt: fc.option(fc.oneof(fc.constant(''), fc.string({ minLength: 1 })), { nil: undefined }),
  },
  { requiredKeys: [] }
)

const request = (phone: string, id = 'NJIA-1-1') => ({
  idempotencyKey: id,
  amount: 4_050_000,
  currency: 'TZS',
  phone,
  remarks: 'Order 1',
  resultUrl: 'http://127.0.0.1/r',
  timeoutUrl: 'http://127.0.0.1/t',
})

test.group('Airtel disbursement wire', () => {
  test('no answer reads as sent without TS and a receipt, nor as failed while Airtel cannot tell', ({
    assert,
  }) => {
    fc.assert(
      fc.property(answers, ({ status, code, receipt }) => {
        const transaction = { id: 'NJIA-1-1', status, airtel_money_id: receipt }
        const outcome = outcomeOfAirtelDisbursement(
          { data: { transaction }, status: { response_code: code } },
          'TZS'
        )
        const told = status === 'TS' || (status === undefined && code === 'DP00900001001')
        if (outcome.state === 'sent') {
          assert.isTrue(told)
          assert.equal(outcome.receipt, receipt)
        }
        if (told && typeof receipt === 'string' && receipt !== '')
          assert.equal(outcome.state, 'sent')
        if (outcome.state === 'failed') {
          assert.isTrue(status === 'TF' || (status === undefined && !NOT_FINAL.includes(code!)))
        }
      }),
      { numRuns: 2000 }
    )
  })

  test('the PIN is encrypted for Airtel’s public key, given as the portal’s Base64 or as a PEM', ({
    assert,
  }) => {
    const pem = readFileSync(app.makePath('tests/fixtures/providers/stand-in-cert.pem'), 'utf8')
    const key = createPublicKey(pem)
    const base64 = key.export({ type: 'spki', format: 'der' }).toString('base64')
    const spkiPem = String(key.export({ type: 'spki', format: 'pem' }))
    for (const given of [base64, spkiPem, spkiPem.replace(/\n/g, '\\n')]) {
      const encrypted = encryptedAirtelPin('1234', given)
      assert.notInclude(encrypted, '1234')
      assert.equal(decryptedPin(encrypted), '1234')
    }
  })

  test('the simulator pays an id once, keeps …9999 in process until the enquiry, and refuses …2040', async ({
    assert,
  }) => {
    const simulator = new SimulatedAirtelPayoutProvider(['TZS', 'UGX'])
    assert.deepEqual(simulator.currencies, ['TZS', 'UGX'])
    const first = await simulator.sendPayout(request('+255681234567'))
    assert.equal(first.outcome?.state, 'sent')
    const again = await simulator.sendPayout(request('+255681234567'))
    assert.isNull(again.providerRef)
    assert.deepEqual(again.outcome, first.outcome)

    const slow = await simulator.sendPayout(request('+255681239999', 'NJIA-2-1'))
    assert.equal(slow.outcome?.state, 'pending')
    const query = { ...request('+255681239999', 'NJIA-2-1'), providerRef: slow.providerRef }
    const paid = await simulator.checkPayout(query)
    assert.equal(paid.state, 'sent')

    const refused = await simulator.sendPayout(request('+255681232040', 'NJIA-3-1'))
    assert.deepInclude(refused.outcome, { state: 'failed', reason: 'recipient_invalid' })
    const unknown = { ...request('+255681234567', 'NJIA-9-1'), providerRef: null }
    assert.deepInclude(await simulator.checkPayout(unknown), { reason: 'unreachable' })
  })
})
