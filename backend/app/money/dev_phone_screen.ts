import { formatMoney } from '#core/money_format'
import type { SimulatedPrompt } from '#money/providers/simulated_phone'

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
  )

const BUTTONS = [
  ['pay', 'Enter PIN and pay'],
  ['wrong_pin', 'Wrong PIN'],
  ['cancel', 'Cancel'],
] as const

/** The development phone's page (English: a developer tool). */
export function phoneScreen(phone: string, prompts: SimulatedPrompt[]) {
  const items = prompts.map(({ providerRef, request }) => {
    const action = `/api/v1/dev/phone/prompts/${encodeURIComponent(providerRef)}`
    const buttons = BUTTONS.map(
      ([answer, label]) =>
        `<form method="post" action="${escape(action)}"><input type="hidden" name="answer" value="${answer}"><button>${label}</button></form>`
    ).join('')
    return `<li class="prompt"><p>Pay <strong>${escape(formatMoney(request.amount, request.currency, request.language))}</strong> to <strong>Njia</strong>, reference <strong>${escape(request.accountReference)}</strong> (${escape(request.description)})</p>${buttons}</li>`
  })
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta http-equiv="refresh" content="5"><title>Phone ${escape(phone)}</title></head><body><h1>M-Pesa simulator: ${escape(phone)}</h1>${items.length ? `<ul>${items.join('')}</ul>` : '<p>No prompt waiting. This page reloads every 5 seconds.</p>'}</body></html>`
}
