import { test } from '@japa/runner'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Disk } from '@adonisjs/drive'
import { S3Driver } from '@adonisjs/drive/drivers/s3'
import { s3Options } from '#config/drive'
import { PDF } from '#tests/fleet_fixtures'

interface Seen {
  method: string
  url: string
  headers: IncomingHttpHeaders
  body: Buffer
}

/** Just enough of S3's REST API (path-style PUT / GET / DELETE object) to hold files. */
async function startFakeS3() {
  const objects = new Map<string, { body: Buffer; type: string }>()
  const seen: Seen[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const path = new URL(req.url!, 'http://s3').pathname
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body })
      if (req.method === 'PUT') {
        objects.set(path, { body, type: String(req.headers['content-type']) })
        res.writeHead(200, { ETag: '"fake"' }).end()
      } else if (req.method === 'GET' && objects.has(path)) {
        const object = objects.get(path)!
        res.writeHead(200, { 'Content-Type': object.type, 'Content-Length': object.body.length })
        res.end(object.body)
      } else if (req.method === 'DELETE') {
        objects.delete(path)
        res.writeHead(204).end()
      } else {
        res.writeHead(404, { 'Content-Type': 'application/xml' })
        res.end('<Error><Code>NoSuchKey</Code><Message>Not found</Message></Error>')
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    objects,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

test.group('fleet files on an S3-compatible store', () => {
  test('DRIVE_DISK=s3 options store, read and delete a scan with a plain signed PUT', async ({
    assert,
    cleanup,
  }) => {
    const s3 = await startFakeS3()
    cleanup(() => s3.close())
    const disk = new Disk(
      new S3Driver(
        s3Options({
          bucket: 'njia-test',
          region: 'af-south-1',
          endpoint: s3.url,
          accessKeyId: 'AKIDEXAMPLE',
          secretAccessKey: 'secret',
        })
      )
    )
    const folder = await mkdtemp(join(tmpdir(), 'njia-s3-'))
    const upload = join(folder, 'scan.pdf')
    await writeFile(upload, PDF)

    // What MultipartFile.moveToDisk does with an uploaded file.
    await disk.moveFromFs(upload, 'documents/abc.pdf', { contentType: 'application/pdf' })

    const put = s3.seen.find((request) => request.method === 'PUT')!
    assert.equal(new URL(put.url, s3.url).pathname, '/njia-test/documents/abc.pdf', 'path-style')
    assert.deepEqual(put.body, PDF, 'the raw bytes, not aws-chunked')
    assert.equal(put.headers['content-type'], 'application/pdf')
    assert.isUndefined(put.headers['x-amz-acl'], 'no ACL: buckets refuse them')
    assert.match(String(put.headers.authorization), /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\//)

    const stream = await disk.getStream('documents/abc.pdf')
    const chunks: Buffer[] = []
    for await (const chunk of stream) chunks.push(chunk as Buffer)
    assert.deepEqual(Buffer.concat(chunks), PDF)

    await disk.delete('documents/abc.pdf')
    assert.isFalse(s3.objects.has('/njia-test/documents/abc.pdf'))
  })
})
