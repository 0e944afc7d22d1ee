import { test } from '@japa/runner'
import { FCM_REPLIES, startFcmStandIn, type FcmReply } from '#tests/fcm_stand_in'

const message = {
  title: 'New bid on order #12',
  body: 'Order #12: Rift Valley Haulage bids KES 40,000.00.',
  link: '/orders/12',
  data: { notificationId: '7', orderId: '12', kind: 'bid_placed' },
}

test.group('Push through firebase-admin to an FCM HTTP v1 stand-in', () => {
  test('a push is one messages:send with the OAuth token, the texts, string data and the link to open', async ({
    assert,
  }) => {
    const fcm = await startFcmStandIn(FCM_REPLIES.ok)
    try {
      const result = await fcm.sender.send('device-token-1', message)
      assert.deepEqual(result, {
        status: 'sent',
        messageId: 'projects/myproject-b5ae1/messages/0:1500415314455276%31bd1c9631bd1c96',
      })
      assert.lengthOf(fcm.requests, 1)
      const [request] = fcm.requests
      assert.equal(request.path, '/v1/projects/njia-test/messages:send')
      assert.equal(request.authorization, 'Bearer ya29.test-token')
      assert.equal(request.message.token, 'device-token-1')
      assert.deepEqual(request.message.notification, { title: message.title, body: message.body })
      assert.deepEqual(request.message.data, { ...message.data, link: '/orders/12' })
      assert.isTrue(
        Object.values(request.message.data!).every((value) => typeof value === 'string')
      )
      // proto3 JSON: FCM takes the lowerCamelCase names firebase-admin sends.
      assert.deepEqual(request.message.webpush, {
        notification: {
          title: message.title,
          body: message.body,
          icon: '/icons/icon-192x192.png',
          tag: '7',
          data: {
            onActionClick: {
              default: { operation: 'navigateLastFocusedOrOpen', url: '/orders/12' },
            },
          },
        },
        fcmOptions: { link: '/orders/12' },
      })
    } finally {
      await fcm.close()
    }
  })

  test('UNREGISTERED (404) and an invalid token (400) mean "forget the token"; a bad field is a failure, not a dead token', async ({
    assert,
  }) => {
    const replies: Record<string, () => FcmReply> = {
      gone: FCM_REPLIES.unregistered,
      garbage: FCM_REPLIES.invalidToken,
      fine: FCM_REPLIES.invalidData,
    }
    const fcm = await startFcmStandIn((request) => replies[request.message.token]())
    try {
      const statuses = []
      for (const token of ['gone', 'garbage', 'fine']) {
        const result = await fcm.sender.send(token, message)
        statuses.push(result.status)
      }
      assert.deepEqual(statuses, ['invalid_token', 'invalid_token', 'failed'])
    } finally {
      await fcm.close()
    }
  })

  test('429 and 503 ask to retry after the Retry-After the stand-in sent, without firebase-admin hammering it', async ({
    assert,
  }) => {
    const fcm = await startFcmStandIn((request) =>
      request.message.token === 'busy' ? FCM_REPLIES.quota('120') : FCM_REPLIES.unavailable('300')
    )
    try {
      assert.deepInclude(await fcm.sender.send('busy', message), {
        status: 'retry',
        retryAfterSeconds: 120,
      })
      assert.deepInclude(await fcm.sender.send('down', message), {
        status: 'retry',
        retryAfterSeconds: 300,
      })
      // A wait above a minute is ours to schedule: firebase-admin did not retry by itself.
      assert.lengthOf(fcm.requests, 2)
    } finally {
      await fcm.close()
    }
  })
})
