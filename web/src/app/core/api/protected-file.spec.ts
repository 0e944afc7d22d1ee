import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Api } from './api-client';
import { protectedFile } from './protected-file';

@Component({
  selector: 'njia-host',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly link = signal<string | null>('/api/v1/orders/12/proof-of-delivery/photo');
  readonly file = protectedFile(this.link);
}

/** A host page over an API whose `blob` answers are released by the test, in any order. */
function render() {
  const answers = new Map<string, (blob: Blob) => void>();
  const blob = vi.fn((url: string) => new Promise<Blob>((resolve) => answers.set(url, resolve)));
  const created: string[] = [];
  const revoked: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
    created.push(`blob:${created.length + 1}`);
    return created.at(-1)!;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void revoked.push(url));
  TestBed.configureTestingModule({ providers: [{ provide: Api, useValue: { blob } }] });
  const fixture = TestBed.createComponent(Host);
  fixture.detectChanges();
  const answer = async (url: string, type = 'image/jpeg') => {
    answers.get(url)!(new Blob(['bytes'], { type }));
    await new Promise((resolve) => setTimeout(resolve));
  };
  return { fixture, host: fixture.componentInstance, blob, answer, revoked };
}

describe('protectedFile', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads the link with the token and frees the object URL when the link changes and on leave', async () => {
    const { fixture, host, blob, answer, revoked } = render();
    expect(blob).toHaveBeenCalledWith('/api/v1/orders/12/proof-of-delivery/photo');
    await answer('/api/v1/orders/12/proof-of-delivery/photo');
    expect(host.file.url()).toBe('blob:1');
    expect(host.file.type()).toBe('image/jpeg');

    host.link.set('/api/v1/orders/13/proof-of-delivery/photo');
    fixture.detectChanges();
    expect(revoked).toEqual(['blob:1']);
    expect(host.file.url()).toBeNull();
    await answer('/api/v1/orders/13/proof-of-delivery/photo');
    expect(host.file.url()).toBe('blob:2');

    fixture.destroy();
    expect(revoked).toEqual(['blob:1', 'blob:2']);
  });

  it('never shows a file that arrives after another was asked for', async () => {
    const { fixture, host, answer } = render();
    host.link.set('/api/v1/orders/13/proof-of-delivery/photo');
    fixture.detectChanges();
    await answer('/api/v1/orders/13/proof-of-delivery/photo');
    await answer('/api/v1/orders/12/proof-of-delivery/photo');
    expect(host.file.url()).toBe('blob:1');
  });

  it('says when the file cannot be read, and asks nothing without a link', async () => {
    const blob = vi.fn(() => Promise.reject(new Error('403')));
    TestBed.configureTestingModule({ providers: [{ provide: Api, useValue: { blob } }] });
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    await new Promise((resolve) => setTimeout(resolve));
    expect(fixture.componentInstance.file.failed()).toBe(true);
    expect(fixture.componentInstance.file.url()).toBeNull();

    fixture.componentInstance.link.set(null);
    fixture.detectChanges();
    expect(fixture.componentInstance.file.failed()).toBe(false);
    expect(blob).toHaveBeenCalledTimes(1);
  });
});
