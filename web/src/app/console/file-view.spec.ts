import { TestBed } from '@angular/core/testing';
import { Api } from '../core/api/api-client';
import { provideTestApp } from '../testing';
import { FileView } from './file-view';

async function render(inputs: Record<string, string>, type: string) {
  const blob = vi.fn(async () => new Blob(['bytes'], { type }));
  TestBed.configureTestingModule({
    providers: [...provideTestApp(), { provide: Api, useValue: { blob } }],
  });
  const fixture = TestBed.createComponent(FileView);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  fixture.detectChanges();
  await new Promise((resolve) => setTimeout(resolve));
  fixture.detectChanges();
  return { element: fixture.nativeElement as HTMLElement, blob };
}

describe('FileView', () => {
  it('shows a file of unknown type as the API typed it: a proof photo to zoom into', async () => {
    const url = '/api/v1/orders/12/proof-of-delivery/photo';
    const { element, blob } = await render({ url, name: 'Photo' }, 'image/jpeg');
    expect(blob).toHaveBeenCalledWith(url);
    expect(element.querySelector('button.console-zoom img')?.getAttribute('alt')).toBe('Photo');
  });

  it('opens a PDF in a new tab by the type it was uploaded as', async () => {
    const { element } = await render(
      { url: '/api/v1/admin/documents/3/file', name: 'Licence', contentType: 'application/pdf' },
      'application/octet-stream',
    );
    expect(element.querySelector('[data-testid=open-pdf]')?.getAttribute('target')).toBe('_blank');
    expect(element.querySelector('img')).toBeNull();
  });
});
