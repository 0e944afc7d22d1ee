import { formatMoney } from '#core/money_format'
import { providerName } from '#money/payment_providers'
import type { SimulatedPrompt } from '#money/providers/simulated_phone'
import { simulatedCheckoutUrl } from '#money/providers/simulated_checkout_url'
import { answerButton, devPage, escapeHtml } from '#money/dev_page'

const BUTTONS = [
  ['pay', 'Enter PIN and pay'],
  ['wrong_pin', 'Wrong PIN'],
  ['cancel', 'Cancel'],
] as const

function item(prompt: SimulatedPrompt) {
  const { provider, providerRef, request } = prompt
  const amount = escapeHtml(formatMoney(request.amount, request.currency, request.language))
  const what = `<strong>${escapeHtml(providerName(provider))}</strong>: pay <strong>${amount}</strong> to <strong>Njia</strong>, reference <strong>${escapeHtml(request.accountReference)}</strong> (${escapeHtml(request.description)})`
  if (prompt.kind === 'checkout') {
    const page = escapeHtml(simulatedCheckoutUrl(providerRef))
    return `<li class="prompt" data-provider="${provider}"><p>${what}</p><a href="${page}">Open the payment page</a></li>`
  }
  const action = `/api/v1/dev/phone/prompts/${encodeURIComponent(providerRef)}`
  const buttons = BUTTONS.map(([answer, label]) => answerButton(action, answer, label)).join('')
  return `<li class="prompt" data-provider="${provider}"><p>${what}</p>${buttons}</li>`
}

/** The development phone's page (English: a developer tool): every simulated provider's prompts. */
export function phoneScreen(phone: string, prompts: SimulatedPrompt[]) {
  const body = prompts.length
    ? `<ul>${prompts.map(item).join('')}</ul>`
    : '<p>No prompt waiting. This page reloads every 5 seconds.</p>'
  return devPage(
    'en',
    `Phone ${phone}`,
    `<h1>Development phone: ${escapeHtml(phone)}</h1>${body}`,
    '<meta http-equiv="refresh" content="5">'
  )
}
