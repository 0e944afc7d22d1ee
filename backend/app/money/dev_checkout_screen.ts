import type { Locale } from '#core/locales'
import { formatMoney } from '#core/money_format'
import { providerName } from '#money/payment_providers'
import type { SimulatedPrompt } from '#money/providers/simulated_phone'
import { answerButton, devPage, escapeHtml } from '#money/dev_page'

/** What the simulated payment page says, in the payer's language. */
const TEXTS = {
  en: {
    title: (provider: string) => `Pay with ${provider}`,
    notice: 'Development simulator: no real money moves.',
    amount: 'Amount',
    merchant: 'Merchant',
    reference: 'Reference',
    pay: 'Pay',
    decline: 'Decline',
    answered: 'This payment has already been answered.',
    back: 'Back to the order',
  },
  fr: {
    title: (provider: string) => `Payer avec ${provider}`,
    notice: 'Simulateur de développement\u00a0: aucun argent réel ne circule.',
    amount: 'Montant',
    merchant: 'Marchand',
    reference: 'Référence',
    pay: 'Payer',
    decline: 'Refuser',
    answered: 'Ce paiement a déjà reçu une réponse.',
    back: 'Retour à la commande',
  },
  sw: {
    title: (provider: string) => `Lipa kwa ${provider}`,
    notice: 'Kiigaji cha majaribio: hakuna pesa halisi inayohamishwa.',
    amount: 'Kiasi',
    merchant: 'Mfanyabiashara',
    reference: 'Kumbukumbu',
    pay: 'Lipa',
    decline: 'Kataa',
    answered: 'Malipo haya yameshajibiwa.',
    back: 'Rudi kwenye oda',
  },
} as const satisfies Record<Locale, Record<string, unknown>>

/** The simulated Wave or Orange Money payment page, in the payer's language. */
export function checkoutScreen(prompt: SimulatedPrompt) {
  const { request } = prompt
  const t = TEXTS[request.language] ?? TEXTS.en
  const title = t.title(providerName(prompt.provider))
  const amount = formatMoney(request.amount, request.currency, request.language)
  const facts = [
    [t.amount, amount, 'amount'],
    [t.merchant, 'Njia', 'merchant'],
    [t.reference, request.accountReference, 'reference'],
  ]
    .map(
      ([label, value, id]) =>
        `<dt>${escapeHtml(label)}</dt><dd data-testid="${id}">${escapeHtml(value)}</dd>`
    )
    .join('')
  const action = `/api/v1/dev/checkout/${encodeURIComponent(prompt.providerRef)}`
  const answers =
    prompt.answered === undefined
      ? answerButton(action, 'pay', t.pay) + answerButton(action, 'decline', t.decline)
      : `<p>${escapeHtml(t.answered)}</p><a href="${escapeHtml(request.returnUrl)}">${escapeHtml(t.back)}</a>`
  return devPage(
    request.language,
    title,
    `<h1>${escapeHtml(title)}</h1><p><em>${escapeHtml(t.notice)}</em></p><dl>${facts}</dl>${answers}`
  )
}
