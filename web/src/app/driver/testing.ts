import { HttpTestingController, TestRequest } from '@angular/common/http/testing';

/** Test helper: lets IndexedDB, promises and timers move on. */
export const settle = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));

/** Test helper: waits (up to 2 s) until `check` holds; the assertions that follow say what failed. */
export async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !check(); i++) await settle();
}

/** Test helper: the next request to `url`, however many async steps it takes to be sent. */
export async function nextRequest(http: HttpTestingController, url: string): Promise<TestRequest> {
  let request: TestRequest | undefined;
  await until(() => (request = http.match(url)[0]) !== undefined);
  if (!request) throw new Error(`No request to ${url}`);
  return request;
}
