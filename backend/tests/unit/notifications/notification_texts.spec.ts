import { test } from '@japa/runner'
import { LOCALES } from '#core/locales'
import { KINDS } from '#notifications/notification_kinds'
import { NOTIFICATION_TEXTS, renderNotification } from '#notifications/notification_texts'
import { countSegments, fitSms } from '#sms/sms_segments'

const ORDER = 'maize · Industrial Area, Nairobi → Thika'

const params = {
  orderId: 1234,
  order: ORDER,
  count: 1,
  carrier: 'Transports Thiès Express',
  amount: { minor: 4_500_000, currency: 'KES' },
  driver: 'Ousmane Fall',
  pickup: 'Industrial Area, Nairobi',
  stop: 'pickup',
  paper: 'insurance',
  number: 'POL-778812',
  days: 7,
  sender: 'Grace',
  preview: 'I am at the gate',
  attachment: 'text',
  reason: 'insufficient_funds',
  provider: 'M-Pesa',
  organisation: 'Rift Valley Haulage',
  role: 'driver',
  decision: 'split',
  paid: { minor: 3_000_000, currency: 'KES' },
  refunded: { minor: 1_500_000, currency: 'KES' },
}

/** The text with its no-break spaces (between a currency and its amount) as plain ones. */
const spaced = (text: string) => text.replace(/\s/g, ' ')

test.group('Notification texts', () => {
  test('every kind has a title and a body in every language, and each renders with no placeholder left', ({
    assert,
  }) => {
    for (const locale of LOCALES) {
      assert.sameMembers(Object.keys(NOTIFICATION_TEXTS[locale]), KINDS, locale)
      for (const kind of KINDS) {
        const { title, body } = renderNotification(kind, params, locale)
        assert.notMatch(`${title} ${body}`, /[{}]/, `${locale} ${kind}`)
        assert.include(
          `${title} ${body}`,
          kind.startsWith('paper_')
            ? 'POL-778812'
            : kind.startsWith('payout_')
              ? 'Transports Thiès Express'
              : kind === 'organisation_invitation'
                ? 'Rift Valley Haulage'
                : ORDER,
          `${locale} ${kind}`
        )
      }
    }
  })

  test('a dispute’s decision says who gets what, in the reader’s language and money format', ({
    assert,
  }) => {
    const xof = { minor: 30_000, currency: 'XOF' }
    assert.match(
      renderNotification('dispute_resolved', { ...params, paid: xof, refunded: xof }, 'fr').body,
      /^Commande «\s(.+)\s»\s: le transporteur reçoit 30\s000\sFCFA, le client est remboursé de 30\s000\sFCFA\.$/
    )
    assert.equal(
      spaced(
        renderNotification('dispute_resolved', { ...params, decision: 'refund_shipper' }, 'sw').body
      ),
      `Oda “${ORDER}”: mteja anarudishiwa KES 15,000.`
    )
    assert.equal(
      spaced(
        renderNotification('dispute_resolved', { ...params, decision: 'pay_carrier' }, 'en').body
      ),
      `Order “${ORDER}”: the carrier gets KES 30,000.`
    )
  })

  test('a failed payout promises no automatic retry: it waits for an operator, in every language', ({
    assert,
  }) => {
    const bodies = Object.fromEntries(
      LOCALES.map((locale) => [
        locale,
        spaced(renderNotification('payout_failed', params, locale).body),
      ])
    )
    assert.equal(
      bodies.en,
      'The payout of KES 45,000 to Transports Thiès Express failed. An operator checks it before it is sent again.'
    )
    assert.include(bodies.fr, 'Un opérateur le vérifie avant de le renvoyer.')
    assert.include(bodies.sw, 'Mhudumu atayakagua kabla ya kuyatuma tena.')
    for (const body of Object.values(bodies)) {
      assert.notMatch(body, /we will retry|nous réessayons|tutajaribu tena/)
    }
  })

  test('plural rules of each language: one bid, two bids, in words the reader reads', ({
    assert,
  }) => {
    const one = { ...params, count: 1 }
    const ten = { ...params, count: 10 }
    assert.equal(renderNotification('bid_placed', one, 'en').title, `New bid on order “${ORDER}”`)
    assert.equal(
      renderNotification('bid_placed', ten, 'en').title,
      `10 new bids on order “${ORDER}”`
    )
    assert.equal(
      spaced(renderNotification('bid_placed', ten, 'fr').title),
      `10 nouvelles offres sur la commande « ${ORDER} »`
    )
    assert.equal(
      renderNotification('bid_placed', ten, 'sw').title,
      `Zabuni mpya 10 kwa oda “${ORDER}”`
    )
    assert.equal(
      renderNotification('paper_expiring', { ...params, days: 1 }, 'en').title,
      'Insurance expires in 1 day'
    )
    assert.equal(
      spaced(renderNotification('paper_expiring', { ...params, days: 30 }, 'fr').title),
      'Assurance : expire dans 30 jours'
    )
  })

  test('money in the one money format: 45 000 FCFA, KES 45,000', ({ assert }) => {
    const xof = { ...params, amount: { minor: 45_000, currency: 'XOF' } }
    assert.match(
      renderNotification('payment_received', xof, 'fr').body,
      /Paiement de 45\s000\sFCFA reçu pour la commande «\smaize · Industrial Area, Nairobi → Thika\s»\./
    )
    assert.match(
      renderNotification('payment_received', params, 'en').body,
      /Payment of KES\s45,000 received for order “maize · Industrial Area, Nairobi → Thika”\./
    )
  })

  test('a notice about an order names it by cargo and places, never by its id, in every language', ({
    assert,
  }) => {
    for (const locale of LOCALES) {
      for (const kind of KINDS) {
        const { title, body } = renderNotification(kind, params, locale)
        assert.notInclude(`${title} ${body}`, '1234', `${locale} ${kind}`)
        assert.notMatch(`${title} ${body}`, /#|n°/, `${locale} ${kind}`)
      }
    }
  })

  test('a notice stored before orders had names still reads (the id stands in)', ({ assert }) => {
    const stored = { ...params, order: undefined }
    assert.equal(
      renderNotification('bid_accepted', stored, 'en').title,
      'Bid accepted: order “#1234”'
    )
  })

  test('French puts a no-break space before : ; ? ! (typography), never a plain one or none', ({
    assert,
  }) => {
    for (const [kind, texts] of Object.entries(NOTIFICATION_TEXTS.fr)) {
      for (const text of [texts.title, texts.body]) {
        // Inside an ICU argument ({reason, select, ...}) a colon is not French text.
        const words = text.replace(/\{[a-z]+, (select|plural),/g, '{')
        assert.notMatch(words, /(^|[^\u00a0\u202f])[:;?!]/, `${kind}: ${text}`)
      }
    }
  })

  test('the SMS bodies fit one text in every language once fitted', ({ assert }) => {
    for (const locale of LOCALES) {
      for (const kind of KINDS) {
        const { body } = renderNotification(kind, params, locale)
        assert.equal(
          fitSms(body).segments,
          1,
          `${locale} ${kind}: ${body} (${countSegments(body).encoding})`
        )
      }
    }
  })
})
