/// <reference lib="dom" /> // page.evaluate() callbacks run in the browser
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

/** axe-core's browser build, evaluated in the page (CDP evaluation is not bound by the app's CSP). */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/**
 * Names that say nothing of what the control does: "Open" what? Compared
 * case-insensitively in en, fr and sw.
 */
const VAGUE_NAMES = new Set(
  [
    'open',
    'ouvrir',
    'fungua',
    'ok',
    'go',
    'more',
    'plus',
    'zaidi',
    'view',
    'voir',
    'tazama',
    'details',
    'détails',
    'click here',
    'cliquez ici',
    'bofya hapa',
  ].map((name) => name.toLowerCase())
)

/**
 * What keeps someone on a screen reader, a keyboard or a small screen from
 * using the page as it stands: axe-core's serious and critical violations,
 * each with the elements it found, and buttons (or links styled as buttons)
 * whose name does not say what they do. Empty when there is nothing to fix.
 */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE)
  const violations = await page.evaluate(async () => {
    const axe = (window as any).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return (result.violations as any[])
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes
            .slice(0, 3)
            .map((n: any) => n.target.join(' '))
            .join(', ')}`
      )
  })
  const names = await page.evaluate(() => {
    const axe = (window as any).axe
    const controls = document.querySelectorAll<HTMLElement>(
      'button, [role=button], a.njia-button, input[type=submit], input[type=button]'
    )
    axe.setup(document)
    try {
      return Array.from(controls)
        .filter((element) => element.getClientRects().length > 0)
        .map((element) => ({
          name: String(axe.commons.text.accessibleText(element) ?? '').trim(),
          html: element.outerHTML.slice(0, 120),
        }))
    } finally {
      axe.teardown()
    }
  })
  const vague = names
    .filter(({ name }) => VAGUE_NAMES.has(name.toLowerCase()))
    .map(({ name, html }) => `a button named "${name}" does not say what it does: ${html}`)
  return [...violations, ...vague]
}

/**
 * axe over a journey: `check` after each meaningful step records what it
 * finds there, and the test asserts at its end that `problems` is empty, so
 * one run names every step's faults.
 */
export function accessibilityAudit() {
  const problems: string[] = []
  return {
    problems,
    async check(page: Page, step: string) {
      for (const problem of await accessibilityProblems(page)) problems.push(`${step}: ${problem}`)
    },
  }
}
