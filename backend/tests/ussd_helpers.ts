import { randomUUID } from 'node:crypto'
import type { ApiClient } from '@japa/api-client'
import { MAX_SCREEN } from '#ussd/texts'

/** A USSD session as Africa's Talking runs it: one form post per step, `text` the whole path. */
export function ussdSession(client: ApiClient, phone: string) {
  const sessionId = `ATUid_${randomUUID()}`
  const path: string[] = []
  const screens: string[] = []
  async function post(text: string) {
    const response = await client.post('/api/v1/ussd').form({
      sessionId,
      serviceCode: '*384*1234#',
      phoneNumber: phone,
      networkCode: '63902',
      text,
    })
    response.assertStatus(200)
    if (!/^text\/plain/.test(response.header('content-type') ?? ''))
      throw new Error('not text/plain')
    const body = response.text()
    if (!/^(CON|END) /.test(body)) throw new Error(`not a USSD reply: ${body}`)
    if (body.length - 4 > MAX_SCREEN) throw new Error(`screen over ${MAX_SCREEN}: ${body}`)
    screens.push(body)
    return body
  }
  return {
    screens,
    open: () => post(''),
    /** The user types `answer`: the provider appends it to the path. */
    answer: (answer: string) => {
      path.push(answer)
      return post(path.join('*'))
    },
  }
}
