import { inject } from '@adonisjs/core'
import Cooperative from '#collections/models/cooperative'
import FarmerService from '#collections/services/farmer_service'
import { clip } from '#ussd/texts'
import { end, isScreen, type Screen, type Walk } from '#ussd/menu_walk'

/**
 * An unknown number may only register as a farmer of a cooperative whose
 * code they know; the farmer waits as `pending` until a clerk approves.
 * Nothing about anyone else is shown.
 */
@inject()
export default class RegistrationMenu {
  constructor(private farmers: FarmerService) {}

  async render(walk: Walk, phone: string): Promise<Screen> {
    const t = walk.t
    const start = walk.choose(t.welcomeUnknown, 2)
    if (isScreen(start)) return start
    if (start.choice === 2) return end(t.goodbye)
    const code = walk.ask(t.askCooperativeCode)
    if (isScreen(code)) return code
    const cooperative = /^\d{3,8}$/.test(code.value)
      ? await Cooperative.findBy('code', code.value)
      : null
    if (!cooperative) return end(t.unknownCooperative)
    await cooperative.load('organisation')
    const name = walk.ask(t.askName)
    if (isScreen(name)) return name
    const cleaned = name.value.replace(/\s+/g, ' ').trim()
    if (cleaned.length < 2 || cleaned.length > 120 || /\d/.test(cleaned)) {
      return end(t.badName)
    }
    return walk.once(name.input, async () => {
      const existing = await this.farmers.byPhone(phone)
      if (!existing) {
        await this.farmers.register(
          cooperative,
          {
            phone,
            name: cleaned,
            memberNumber: await this.farmers.nextPendingNumber(cooperative),
            locale: walk.locale,
          },
          'pending'
        )
      }
      return t.registered(clip(cooperative.organisation.name, 60))
    })
  }
}
