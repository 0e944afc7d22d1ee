import { TestBed } from '@angular/core/testing';
import { WakeLock } from './wake-lock';

type Listener = () => void;

class FakeSentinel {
  released = false;
  private listeners: Listener[] = [];
  addEventListener(_type: 'release', fn: Listener) {
    this.listeners.push(fn);
  }
  async release() {
    this.released = true;
    this.listeners.forEach((fn) => fn());
  }
}

describe('WakeLock', () => {
  const nav = navigator as unknown as { wakeLock?: unknown };
  afterEach(() => delete nav.wakeLock);

  function setUp() {
    TestBed.configureTestingModule({ providers: [WakeLock] });
    return TestBed.inject(WakeLock);
  }

  it('says so when the browser cannot keep the screen on', async () => {
    const lock = setUp();
    await lock.keepAwake(true);
    expect(lock.state()).toBe('unsupported');
  });

  it('holds the screen during a job and lets it go after', async () => {
    const sentinels: FakeSentinel[] = [];
    nav.wakeLock = { request: async () => sentinels[sentinels.push(new FakeSentinel()) - 1] };
    const lock = setUp();
    await lock.keepAwake(true);
    expect(lock.state()).toBe('on');
    await lock.keepAwake(false);
    expect(sentinels[0].released).toBe(true);
    expect(lock.state()).toBe('off');
  });

  it('asks again when the driver comes back to the app', async () => {
    const sentinels: FakeSentinel[] = [];
    nav.wakeLock = { request: async () => sentinels[sentinels.push(new FakeSentinel()) - 1] };
    const lock = setUp();
    await lock.keepAwake(true);
    await sentinels[0].release(); // the browser drops it when the page is hidden
    expect(lock.state()).toBe('off');
    document.dispatchEvent(new Event('visibilitychange'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sentinels).toHaveLength(2);
    expect(lock.state()).toBe('on');
  });

  it('stays off when the browser refuses (battery saver)', async () => {
    nav.wakeLock = { request: () => Promise.reject(new Error('NotAllowedError')) };
    const lock = setUp();
    await lock.keepAwake(true);
    expect(lock.state()).toBe('off');
  });
});
