import { TestBed } from '@angular/core/testing';
import { Api } from '../api/api-client';
import { Face } from './face';

async function render(link: string | null, blob: (url: string) => Promise<Blob>) {
  TestBed.configureTestingModule({ providers: [{ provide: Api, useValue: { blob } }] });
  const fixture = TestBed.createComponent(Face);
  fixture.componentRef.setInput('link', link);
  fixture.componentRef.setInput('alt', 'Photo of Achieng');
  fixture.detectChanges();
  await new Promise((resolve) => setTimeout(resolve, 5));
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

describe('Face', () => {
  it('reads the photo through the API (with the token) and names whose it is', async () => {
    const asked: string[] = [];
    const element = await render('/api/v1/organisations/3/members/9/photo', async (url) => {
      asked.push(url);
      return new Blob(['png'], { type: 'image/png' });
    });
    expect(asked).toEqual(['/api/v1/organisations/3/members/9/photo']);
    expect(element.querySelector('img')?.getAttribute('alt')).toBe('Photo of Achieng');
  });

  it('shows nothing when the person has no photo or it cannot be read', async () => {
    const none = await render(null, async () => new Blob());
    expect(none.querySelector('img')).toBeNull();
    TestBed.resetTestingModule();
    const refused = await render('/api/v1/admin/users/9/photo', () =>
      Promise.reject(new Error('404')),
    );
    expect(refused.querySelector('img')).toBeNull();
  });
});
