import { test } from '@japa/runner'
import { LOCALES } from '#core/locales'
import { receiptText } from '#collections/texts'
import { USSD_TEXTS, MAX_SCREEN, clip } from '#ussd/texts'
import { roleName } from '#accounts/sms_texts'

const long = (n: number) => clip('W'.repeat(200), n)

/** Every screen a menu can show, with the longest values the menus let through. */
function screens(locale: (typeof LOCALES)[number]) {
  const t = USSD_TEXTS[locale]
  const four = [
    '1. 30 Nov asubuhi 1,234.5 L',
    '2. 30 Nov asubuhi 1,234.5 L',
    '3. 30 Nov asubuhi 1,234.5 L',
    '4. 30 Nov asubuhi 1,234.5 L',
  ]
  const menus = [
    t.welcomeUnknown,
    t.farmerMenu(long(28), long(28)),
    t.driverMenu(long(30), false, 0),
    t.driverMenu(long(30), true, 4),
    t.pickInvitation([1, 2, 3, 4].map((n) => `${n}. ${long(30)}`)),
    t.invitation(long(60), roleName(locale, 'dispatcher')),
    t.pickReceipt(four),
    t.pickLanguage,
    t.pickDuty(true),
    t.pickDuty(false),
    t.pickMove(
      123456,
      Object.values(t.moves).map((m, i) => `${i + 1}. ${m}`)
    ),
  ]
  return [
    ...menus,
    // An invalid choice shows the menu again under a word about it.
    ...menus.map((menu) => `${t.invalidChoice}\n${menu}`),
    t.askCooperativeCode,
    t.unknownCooperative,
    t.askName,
    t.badName,
    t.goodbye,
    t.registered(long(60)),
    t.pendingApproval(long(40)),
    t.suspended,
    t.accountSuspended,
    t.today('30 Sept', '1,234.5', 99, 99),
    t.month('Sept 2026', '12,345.5', 999, 99),
    t.expectedPay('Sept 2026', '12,345.5', 'UGX 99,999,999'),
    t.noPrice('Sept 2026'),
    t.noPayouts,
    t.payouts(
      (['sent', 'waiting', 'failed'] as const).map((state) =>
        t.payoutLine('Sept 2026', 'UGX 99,999,999', state, 'SG632NMUAB')
      )
    ),
    t.payouts(
      [1, 2, 3].map(() => t.payoutLine('Sept 2026', 'UGX 99,999,999', 'sent', 'SG632NMUAB'))
    ),
    t.noCollections,
    t.receiptResent('MABCDEFG'),
    t.languageSet,
    t.createPin,
    t.repeatPin,
    t.pinsDiffer,
    t.pinFormat,
    t.enterPin,
    t.wrongPin(9),
    t.locked(30),
    t.noJob,
    t.job(123456, t.statuses.pickup_pending, long(50), long(50)),
    t.route(long(40), 'asubuhi/jioni', 200, long(40)),
    t.nextStop(200, 200, long(80)),
    t.nextPlace(t.dropoff, long(90)),
    t.routeDone,
    t.dutySet(true),
    t.dutySet(false),
    t.noMove(123456, t.statuses.pickup_pending),
    t.moved(123456, t.statuses.pickup_pending),
    t.moveRefused(long(120)),
    t.invitationAccepted(long(60)),
    t.invitationDeclined(long(60)),
    t.error,
  ]
}

test.group('ussd: every screen fits', () => {
  for (const locale of LOCALES) {
    test(`every screen is at most ${MAX_SCREEN} characters in ${locale}`, ({ assert }) => {
      for (const screen of screens(locale)) {
        assert.isAtMost(screen.length, MAX_SCREEN, `${locale}: ${screen}`)
      }
    })

    test(`a receipt fits two SMS parts in ${locale} with a long cooperative and place`, ({
      assert,
    }) => {
      const text = receiptText(locale, {
        cooperative: 'Githunguri Dairy Farmers Cooperative Society',
        litres: 1234.5,
        date: '2026-09-30',
        shift: 'pm',
        place: 'Ikinu Junction Collection Centre Number Two',
        grade: null,
        rejectionReason: 'alcohol_positive',
        periodTotal: 12345.5,
        reference: 'MABCDEFG',
        corrects: 'MHJKLMNP',
      })
      assert.isAtMost(text.length, 306, text)
    })
  }
})
