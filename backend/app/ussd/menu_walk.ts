import type { UssdSession } from '#ussd/sessions/ussd_session_store'
import type { Locale } from '#core/locales'
import { MAX_SCREEN, USSD_TEXTS, type UssdTexts } from '#ussd/texts'

/** One answer of the user, and where it sits in the provider's raw `text`. */
export interface Input {
  value: string
  raw: number
}

/** What the user sees: `CON` waits for an answer, `END` closes the session. */
export interface Screen {
  end: boolean
  text: string
}

export const con = (text: string): Screen => ({ end: false, text })
export const end = (text: string): Screen => ({ end: true, text })

/**
 * The answers in Africa's Talking's `text` ("1*2*3", the whole path of the
 * session), with `0` going back one step and `00` back to the main menu.
 */
export function parsePath(text: string | null | undefined): Input[] {
  if (!text) return []
  const inputs: Input[] = []
  for (const [raw, part] of text.split('*').entries()) {
    const value = part.trim()
    if (value === '00') inputs.length = 0
    else if (value === '0') inputs.pop()
    else inputs.push({ value, raw })
  }
  return inputs
}

/** The reply body: "CON ..." or "END ...", cut to what a screen holds. */
export function reply(screen: Screen) {
  const text =
    screen.text.length > MAX_SCREEN ? `${screen.text.slice(0, MAX_SCREEN - 1)}…` : screen.text
  return `${screen.end ? 'END' : 'CON'} ${text}`
}

/**
 * Walks the user's answers through the menus: each menu takes the next
 * answer, or shows its screen when there is none yet.
 */
export class Walk {
  #index = 0

  constructor(
    readonly inputs: Input[],
    readonly session: UssdSession,
    readonly locale: Locale
  ) {}

  get t(): UssdTexts {
    return USSD_TEXTS[this.locale]
  }

  peek(): Input | undefined {
    return this.inputs[this.#index]
  }

  next(): Input | undefined {
    return this.inputs[this.#index++]
  }

  /** A numbered choice; an invalid answer shows the menu again with a word about it. */
  choose(prompt: string, count: number): { choice: number; input: Input } | Screen {
    let error = ''
    for (;;) {
      const input = this.next()
      if (!input) return con(error ? `${error}\n${prompt}` : prompt)
      const choice = Number(input.value)
      if (/^\d+$/.test(input.value) && choice >= 1 && choice <= count) return { choice, input }
      error = this.t.invalidChoice
    }
  }

  /** Free text (a code, a name): the next answer, or the prompt. */
  ask(prompt: string): { value: string; input: Input } | Screen {
    const input = this.next()
    if (!input) return con(prompt)
    return { value: input.value, input }
  }

  /**
   * Runs `action` once for the answer at `input` (a repeated request shows
   * the screen it made then) and ends the session with its screen.
   */
  async once(input: Input, action: () => Promise<string>): Promise<Screen> {
    const key = String(input.raw)
    this.session.done[key] ??= await action()
    return end(this.session.done[key])
  }
}

export const isScreen = (value: unknown): value is Screen =>
  typeof value === 'object' && value !== null && 'end' in value && 'text' in value
