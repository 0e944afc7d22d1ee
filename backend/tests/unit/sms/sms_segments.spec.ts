import { test } from '@japa/runner'
import { countSegments, fitSms } from '#sms/sms_segments'

test.group('SMS segments: GSM-7 and UCS-2', () => {
  test('plain English fits 160 GSM-7 characters in one text, then 153 per segment', ({
    assert,
  }) => {
    assert.deepEqual(countSegments('a'.repeat(160)), { encoding: 'GSM-7', units: 160, segments: 1 })
    assert.deepEqual(countSegments('a'.repeat(161)), { encoding: 'GSM-7', units: 161, segments: 2 })
    assert.deepEqual(countSegments('a'.repeat(306)), { encoding: 'GSM-7', units: 306, segments: 2 })
    assert.deepEqual(countSegments('a'.repeat(307)), { encoding: 'GSM-7', units: 307, segments: 3 })
  })

  test('the euro sign and brackets take two septets; é, è, à and ñ are GSM-7', ({ assert }) => {
    assert.equal(countSegments('€'.repeat(80)).segments, 1)
    assert.equal(countSegments('€'.repeat(81)).segments, 2)
    assert.equal(countSegments('Livrée à Thiès, reçu').encoding, 'UCS-2') // ç is not in GSM-7
    assert.equal(countSegments('Livrée à Thiès').encoding, 'GSM-7')
  })

  test('one letter outside GSM-7 makes the whole text UCS-2: 70, then 67 per segment', ({
    assert,
  }) => {
    assert.deepEqual(countSegments('ê' + 'a'.repeat(69)), {
      encoding: 'UCS-2',
      units: 70,
      segments: 1,
    })
    assert.deepEqual(countSegments('ê' + 'a'.repeat(70)), {
      encoding: 'UCS-2',
      units: 71,
      segments: 2,
    })
  })

  test('fitSms respells French accents when that saves a segment, and keeps them when it does not', ({
    assert,
  }) => {
    const long =
      'Votre carte grise KBX 123A expire dans 7 jours. Envoyez le nouveau document depuis l’application Njia, rubrique Flotte, avant la date d’échéance ; sinon la course s’arrête.'
    assert.isAbove(countSegments(long).segments, 2)
    const fitted = fitSms(long)
    assert.equal(fitted.encoding, 'GSM-7')
    assert.equal(fitted.segments, 2)
    assert.include(fitted.text, "depuis l'application")
    assert.include(fitted.text, "s'arrete")

    const short = 'Commande n°12 : livrée, reçue.'
    assert.deepInclude(fitSms(short), {
      text: 'Commande n°12 : livrée, reçue.',
      encoding: 'UCS-2',
      segments: 1,
    })
  })

  test('spaces and quotes from number formatting become their GSM-7 forms always', ({ assert }) => {
    assert.deepEqual(fitSms('Paiement de 45\u202f000\u00a0F CFA reçu’'), {
      text: "Paiement de 45 000 F CFA reçu'",
      encoding: 'UCS-2',
      units: 30,
      segments: 1,
    })
    assert.equal(fitSms('Ksh\u00a040,000.00 received').encoding, 'GSM-7')
  })
})
