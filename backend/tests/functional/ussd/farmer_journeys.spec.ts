import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import { ussdSession } from '#tests/ussd_helpers'
import { isolateDatabase } from '#tests/helpers'
import { tokenFor } from '#tests/accounts_helpers'
import SmsMessage from '#sms/models/sms_message'
import Farmer from '#collections/models/farmer'
import MilkPrice from '#collections/models/milk_price'
import CollectionTotalsService from '#collections/services/collection_totals_service'
import {
  collectionInput,
  farmPhone,
  makeCooperative,
  makeFarmer,
  recordQueue,
} from '#tests/collections_fixtures'

test.group('ussd: farmers', (group) => {
  isolateDatabase(group)
  let queue: ReturnType<typeof recordQueue>
  group.each.setup(() => {
    queue = recordQueue()
    return () => queue.restore()
  })

  async function farmerWithMilk(locale: 'en' | 'sw' | 'fr', client: ApiClient) {
    const coop = await makeCooperative('Kiambu Dairy Farmers Cooperative Society')
    const farmer = await makeFarmer(coop, { locale, name: 'Wanjiku Kamau Njoroge' })
    const token = await tokenFor(coop.clerk)
    await client
      .post('/api/v1/collections/sync')
      .bearerToken(token)
      .json({
        collections: [
          collectionInput(farmer, coop, { quantityLitres: 12.5 }),
          collectionInput(farmer, coop, { quantityLitres: 8, lactometer: 22 }),
        ],
      })
    return { coop, farmer }
  }

  for (const [locale, words] of [
    [
      'en',
      {
        menu: "Today's milk",
        today: '12.5 L accepted in 1 collection(s). Rejected: 1.',
        pin: 'Create a 4-digit PIN',
        pay: 'Expected pay so far: KES',
        lang: 'Language changed.',
      },
    ],
    [
      'sw',
      {
        menu: 'Maziwa ya leo',
        today: 'lita 12.5 zimekubaliwa katika mikusanyo 1. Zilizokataliwa: 1.',
        pin: 'Unda PIN',
        pay: 'Malipo yanayotarajiwa hadi sasa: KES',
        lang: 'Language changed.',
      },
    ],
    [
      'fr',
      {
        menu: 'Lait du jour',
        today: '12,5 L acceptés en 1 collecte(s). Refusées : 1.',
        pin: 'Créez un code PIN',
        pay: 'Paiement prévu à ce jour',
        lang: 'Language changed.',
      },
    ],
  ] as const) {
    test(`a farmer checks today, the month, expected pay and changes language (${locale})`, async ({
      client,
      assert,
    }) => {
      const { coop, farmer } = await farmerWithMilk(locale, client)
      const { period } = new CollectionTotalsService().today()
      await MilkPrice.createMany([
        { cooperativeId: coop.organisation.id, period, grade: 'A', pricePerLitre: 5200 },
        { cooperativeId: coop.organisation.id, period, grade: 'B', pricePerLitre: 4500 },
      ])
      const ussd = ussdSession(client, farmer.phone)
      assert.include(await ussd.open(), words.menu)
      assert.match(
        await ussd.answer('1'),
        new RegExp(`^END .*${words.today.replace(/[.()]/g, '\\$&')}`)
      )

      const month = ussdSession(client, farmer.phone)
      await month.open()
      assert.match(await month.answer('2'), /^END .*12[.,]5/)

      const pay = ussdSession(client, farmer.phone)
      await pay.open()
      assert.include(await pay.answer('3'), words.pin)
      assert.match(await pay.answer('4821'), /^CON /)
      const shown = await pay.answer('4821')
      assert.include(shown, words.pay)
      assert.match(shown, /650/, '12.5 L at 52.00')

      // The PIN is set now: another session asks for it.
      const lang = ussdSession(client, farmer.phone)
      await lang.open()
      assert.match(await lang.answer('6'), /^CON /)
      assert.include(await lang.answer('4821'), 'English')
      assert.equal(await lang.answer('1'), 'END Language changed.')
      await farmer.refresh()
      assert.equal(farmer.locale, 'en')
    })
  }

  test('0 goes back and 00 to the main menu; an invalid choice shows the menu again', async ({
    client,
    assert,
  }) => {
    const { farmer } = await farmerWithMilk('en', client)
    const ussd = ussdSession(client, farmer.phone)
    await ussd.open()
    assert.match(await ussd.answer('9'), /^CON Invalid choice\.\n/)
    assert.include(await ussd.answer('6'), 'Create a 4-digit PIN')
    assert.include(await ussd.answer('0'), "1. Today's milk")
    assert.include(await ussd.answer('5'), 'Resend which receipt?')
    assert.include(await ussd.answer('00'), "1. Today's milk")
    assert.match(await ussd.answer('2'), /^END /)
  })

  test('a farmer asks for a receipt again and gets it by SMS, once per request', async ({
    client,
    assert,
  }) => {
    const { farmer } = await farmerWithMilk('en', client)
    const ussd = ussdSession(client, farmer.phone)
    await ussd.open()
    const list = await ussd.answer('5')
    assert.match(list, /1\. .* (12\.5|8) L/)
    const done = await ussd.answer('1')
    assert.match(done, /^END Receipt M[A-Z0-9]{7} sent again by SMS\.$/)
    const messages = await SmsMessage.query().where('to', farmer.phone)
    assert.lengthOf(messages, 1)
    assert.include(messages[0].body, done.split(' ')[2])

    // The provider resends the same step (a timeout on its side): nothing is sent twice.
    const again = await client.post('/api/v1/ussd').form({
      sessionId: 'x',
      serviceCode: '*384*1234#',
      phoneNumber: farmer.phone,
      text: '5*1',
    })
    assert.match(again.text(), /^END Receipt/)
  })

  test('wrong PINs lock the phone out; nothing is shown meanwhile', async ({ client, assert }) => {
    const { farmer } = await farmerWithMilk('en', client)
    const first = ussdSession(client, farmer.phone)
    await first.open()
    await first.answer('3')
    await first.answer('1234')
    await first.answer('1234')

    const ussd = ussdSession(client, farmer.phone)
    await ussd.open()
    assert.equal(await ussd.answer('3'), 'CON Enter your PIN:')
    assert.equal(await ussd.answer('0000'), 'CON Wrong PIN. 2 tries left. Enter your PIN:')
    assert.equal(await ussd.answer('1111'), 'CON Wrong PIN. 1 tries left. Enter your PIN:')
    assert.equal(await ussd.answer('2222'), 'END Too many wrong PINs. Try again in 30 minutes.')

    const later = ussdSession(client, farmer.phone)
    await later.open()
    await later.answer('3')
    // Even the right PIN is refused while locked.
    assert.equal(await later.answer('1234'), 'END Too many wrong PINs. Try again in 30 minutes.')
    assert.notInclude(later.screens.join(' '), 'KES')
  })

  test('an unknown number gets only a registration path; a clerk then approves them', async ({
    client,
    assert,
  }) => {
    const coop = await makeCooperative('Githunguri Dairy')
    const stranger = farmPhone()
    const ussd = ussdSession(client, stranger)
    assert.include(await ussd.open(), 'not registered')
    assert.equal(await ussd.answer('1'), "CON Enter your cooperative's code:")
    assert.equal(
      await ussd.answer('000000'),
      'END No cooperative has this code. Check it with your clerk.'
    )

    const again = ussdSession(client, stranger)
    await again.open()
    await again.answer('1')
    assert.equal(await again.answer(coop.cooperative.code), 'CON Enter your full name:')
    assert.equal(
      await again.answer('Achieng Otieno'),
      'END Thank you. Githunguri Dairy will approve you; you will get an SMS.'
    )
    const farmer = await Farmer.findByOrFail('phone', stranger)
    assert.equal(farmer.status, 'pending')
    assert.equal(farmer.name, 'Achieng Otieno')

    const pending = ussdSession(client, stranger)
    assert.include(await pending.open(), "waiting for a clerk's approval")

    const approved = await client
      .post(`/api/v1/farmers/${farmer.id}/approve`)
      .bearerToken(await tokenFor(coop.clerk))
    approved.assertStatus(200)
    const member = ussdSession(client, stranger)
    assert.include(await member.open(), "1. Today's milk")
  })

  test('a session id is bound to its phone: another phone on it sees nothing', async ({
    client,
    assert,
  }) => {
    const { farmer } = await farmerWithMilk('en', client)
    await client
      .post('/api/v1/ussd')
      .form({ sessionId: 'shared', serviceCode: '*1#', phoneNumber: farmer.phone, text: '' })
    const other = await client
      .post('/api/v1/ussd')
      .form({ sessionId: 'shared', serviceCode: '*1#', phoneNumber: farmPhone(), text: '1' })
    other.assertStatus(400)
    assert.equal(other.text(), 'END Bad request: sessionId is missing or malformed.')
  })

  test('a missing or malformed field is a 400 with an END body', async ({ client, assert }) => {
    for (const form of [
      { serviceCode: '*1#', phoneNumber: '+254711000000', text: '' },
      { sessionId: 'a', phoneNumber: '+254711000000' },
      { sessionId: 'a', serviceCode: '*1#' },
      { sessionId: 'a', serviceCode: '*1#', phoneNumber: '+254711000000', text: '1*'.repeat(300) },
    ]) {
      const response = await client.post('/api/v1/ussd').form(form)
      response.assertStatus(400)
      assert.match(response.text(), /^END Bad request: \w+ is missing or malformed\.$/)
    }
    const notAPhone = await client
      .post('/api/v1/ussd')
      .form({ sessionId: 'b', serviceCode: '*1#', phoneNumber: '12345', text: '' })
    notAPhone.assertStatus(400)
    assert.equal(notAPhone.text(), 'END Bad request: phoneNumber is missing or malformed.')
  })
})
