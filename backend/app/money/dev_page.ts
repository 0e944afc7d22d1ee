/** Text as HTML, for the development pages (phone, checkout). */
export const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
  )

/** A development page: `body` is HTML already escaped. */
export function devPage(language: string, title: string, body: string, head = '') {
  return `<!doctype html><html lang="${escapeHtml(language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">${head}<title>${escapeHtml(title)}</title></head><body>${body}</body></html>`
}

/** A button posting `answer` to `action`. */
export function answerButton(action: string, answer: string, label: string, testId = answer) {
  return `<form method="post" action="${escapeHtml(action)}"><input type="hidden" name="answer" value="${escapeHtml(answer)}"><button data-testid="${escapeHtml(testId)}">${escapeHtml(label)}</button></form>`
}
