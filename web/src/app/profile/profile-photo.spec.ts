import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { HttpErrorResponse } from '@angular/common/http';
import { provideTransloco } from '@jsverse/transloco';
import { User } from '../core/api/api-types';
import { AccountApi } from '../core/auth/account-api';
import { Session } from '../core/auth/session';
import { TranslationLoader } from '../core/i18n/translation-loader';
import { SHRINK_PHOTO } from '../core/photo-shrink';
import { ProfilePhoto } from './profile-photo';

const me = (hasPhoto: boolean) => ({ id: 5, name: 'Kamau', hasPhoto }) as User;

async function render(options: { hasPhoto?: boolean; shrink?: (file: Blob) => Promise<Blob> }) {
  const user = signal<User | null>(me(options.hasPhoto ?? false));
  const shrunk = new Blob(['small'], { type: 'image/jpeg' });
  const shrink = vi.fn(options.shrink ?? (async () => shrunk));
  const accounts = {
    setPhoto: vi.fn(async () => {
      user.set(me(true));
      return me(true);
    }),
    removePhoto: vi.fn(async () => {
      user.set(me(false));
      return me(false);
    }),
    photoUrl: vi.fn(async () => 'blob:me'),
  };
  TestBed.configureTestingModule({
    imports: [ProfilePhoto],
    providers: [
      { provide: Session, useValue: { user } },
      { provide: AccountApi, useValue: accounts },
      { provide: SHRINK_PHOTO, useValue: shrink },
      provideTransloco({
        config: { availableLangs: ['en'], defaultLang: 'en' },
        loader: TranslationLoader,
      }),
    ],
  });
  const fixture = TestBed.createComponent(ProfilePhoto);
  const settle = async () => {
    await fixture.whenStable();
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
  };
  await settle();
  const element = fixture.nativeElement as HTMLElement;
  const pick = async (file: File) => {
    const input = element.querySelector<HTMLInputElement>('[data-testid=photo-input]')!;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await settle();
  };
  return { element, accounts, shrink, shrunk, pick, settle };
}

const camera = () => new File(['a big picture'], 'IMG_0001.jpg', { type: 'image/jpeg' });

describe('ProfilePhoto', () => {
  it('shrinks the picture on the phone, sends the small one and shows it', async () => {
    const { element, accounts, shrink, shrunk, pick } = await render({});
    expect(element.querySelector('img')).toBeNull();
    expect(element.querySelector('[data-testid=remove-photo]')).toBeNull();
    await pick(camera());
    expect(shrink).toHaveBeenCalledTimes(1);
    expect(accounts.setPhoto).toHaveBeenCalledWith(shrunk);
    expect(element.querySelector('img')?.getAttribute('src')).toBe('blob:me');
    expect(element.querySelector('[role=status]')?.textContent).toContain('Photo saved.');
  });

  it('a picture the phone cannot read is said so, and nothing is sent', async () => {
    const { element, accounts, pick } = await render({
      shrink: async () => {
        throw new Error('decode');
      },
    });
    await pick(camera());
    expect(accounts.setPhoto).not.toHaveBeenCalled();
    expect(element.querySelector('[role=alert]')?.textContent).toContain('could not be read');
  });

  it("shows the server's refusal in words", async () => {
    const { element, accounts, pick } = await render({});
    accounts.setPhoto.mockRejectedValueOnce(
      new HttpErrorResponse({
        status: 422,
        error: { errors: [{ code: 'E_INVALID_FILE', message: 'no', field: 'photo' }] },
      }),
    );
    await pick(camera());
    expect(element.querySelector('[role=alert]')?.textContent).toContain('not accepted');
  });

  it('the owner removes the photo', async () => {
    const { element, accounts, settle } = await render({ hasPhoto: true });
    expect(element.querySelector('img')?.getAttribute('src')).toBe('blob:me');
    element.querySelector<HTMLButtonElement>('[data-testid=remove-photo]')!.click();
    await settle();
    expect(accounts.removePhoto).toHaveBeenCalledTimes(1);
    expect(element.querySelector('img')).toBeNull();
    expect(element.querySelector('[role=status]')?.textContent).toContain('Photo removed.');
  });
});
