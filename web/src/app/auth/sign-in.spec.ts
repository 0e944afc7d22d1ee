import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTransloco } from '@jsverse/transloco';
import { TranslationLoader } from '../core/i18n/translation-loader';
import { Language } from '../core/i18n/language';
import { SignIn } from './sign-in';

describe('SignIn', () => {
  async function render() {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [SignIn],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTransloco({
          config: { availableLangs: ['en', 'fr', 'sw'], defaultLang: 'en' },
          loader: TranslationLoader,
        }),
      ],
    });
    await TestBed.inject(Language).choose('en');
    const fixture = TestBed.createComponent(SignIn);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const backend = TestBed.inject(HttpTestingController);
    const type = (selector: string, value: string) => {
      const input = element.querySelector<HTMLInputElement>(selector)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      element.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit'));
      await fixture.whenStable();
    };
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    return { fixture, element, backend, type, submit, settle };
  }

  it("takes over the server's form with what was typed, picked, focused and pressed before the app", async () => {
    // The page as the server writes it (backend web_app_sign_in.ts): the same ids.
    const early = document.createElement('div');
    early.id = 'njia-early';
    early.innerHTML = `<form id="njia-early-form" data-submitted>
      <select id="country"><option value="KE" selected>Kenya</option><option value="TZ">Tanzania</option></select>
      <input id="phone" type="tel"><button type="submit">Send me a code</button></form>`;
    document.body.prepend(early);
    early.querySelector<HTMLSelectElement>('#country')!.value = 'TZ';
    const typed = early.querySelector<HTMLInputElement>('#phone')!;
    typed.value = '0712 345 678';
    typed.focus();
    typed.setSelectionRange(4, 4);

    const { element, backend, settle } = await render();
    await settle();
    expect(document.getElementById('njia-early')).toBeNull();
    const phone = element.querySelector<HTMLInputElement>('#phone')!;
    expect(phone.value).toBe('0712 345 678');
    expect(document.activeElement).toBe(phone);
    expect(phone.selectionStart).toBe(4);
    expect(element.querySelector<HTMLSelectElement>('#country')!.value).toBe('TZ');
    // The press held by the page is sent, read in the country picked.
    const request = backend.expectOne('/api/v1/auth/otp/request');
    expect(request.request.body).toEqual({ phone: '+255712345678', locale: 'en' });
  });

  it('explains a missing or malformed number without calling the server', async () => {
    const { element, backend, type, submit } = await render();
    await submit();
    expect(element.querySelector('[data-testid=phone-error]')?.textContent).toContain(
      'Enter your phone number.',
    );

    type('#phone', 'not a phone');
    await submit();
    expect(element.querySelector('[data-testid=phone-error]')?.textContent).toContain(
      "doesn't look like a phone number",
    );
    backend.expectNone('/api/v1/auth/otp/request');
  });

  it("shows the server's rejection beside the phone field", async () => {
    const { element, backend, type, submit, settle } = await render();
    type('#phone', '+254 712 345 678');
    await submit();
    const request = backend.expectOne('/api/v1/auth/otp/request');
    expect(request.request.body).toEqual({ phone: '+254712345678', locale: 'en' });
    request.flush(
      {
        errors: [
          {
            code: 'E_VALIDATION',
            message: 'Not a Kenyan mobile number',
            field: 'phone',
            rule: 'phone',
          },
        ],
      },
      { status: 422, statusText: 'Unprocessable' },
    );
    await settle();
    expect(element.querySelector('[data-testid=phone-error]')?.textContent).toContain(
      // The app's words for the rule, in the reader's language, not the server's English.
      'Enter a mobile number of Senegal, Kenya, Tanzania or Uganda.',
    );
    expect(element.querySelector('#phone')?.getAttribute('aria-invalid')).toBe('true');
  });

  it("falls back on the server's default country when the browser says nothing of one", async () => {
    const { element, backend, settle } = await render();
    const country = element.querySelector<HTMLSelectElement>('#country')!;
    expect(country.value).toBe('KE');
    backend
      .expectOne('/api/v1/config')
      .flush({ tileUrl: '', defaultCountry: 'SN', locales: ['en', 'fr', 'sw'] });
    await settle();
    expect(country.value).toBe('SN');
  });

  it("says so in the reader's language when the server can't be reached, and keeps the form", async () => {
    const { element, backend, settle } = await render();
    expect(element.querySelector('[data-testid=unreachable]')).toBeNull();
    backend.expectOne('/api/v1/config').error(new ProgressEvent('error'));
    await settle();
    expect(element.querySelector('[data-testid=unreachable]')?.textContent).toContain(
      "We can't reach Njia right now.",
    );
    expect(element.querySelector('#phone')).not.toBeNull();
    expect(element.querySelector('#country')).not.toBeNull();
  });

  it('keeps a country the person chose before the server answered', async () => {
    const { element, backend, settle } = await render();
    const country = element.querySelector<HTMLSelectElement>('#country')!;
    country.value = 'UG';
    country.dispatchEvent(new Event('change'));
    backend
      .expectOne('/api/v1/config')
      .flush({ tileUrl: '', defaultCountry: 'SN', locales: ['en', 'fr', 'sw'] });
    await settle();
    expect(country.value).toBe('UG');
  });

  it('reads a number in the chosen country, unless it starts with another country code', async () => {
    const { element, backend, type, submit } = await render();
    const country = element.querySelector<HTMLSelectElement>('#country')!;
    expect(country.value).toBe('KE');
    country.value = 'SN';
    country.dispatchEvent(new Event('change'));

    type('#phone', '77 123 45 01');
    await submit();
    expect(backend.expectOne('/api/v1/auth/otp/request').request.body).toEqual({
      phone: '+221771234501',
      locale: 'en',
    });
  });

  it('lets a typed +254 win over the chosen country, and refuses a number of neither', async () => {
    const { element, backend, type, submit } = await render();
    const country = element.querySelector<HTMLSelectElement>('#country')!;
    country.value = 'SN';
    country.dispatchEvent(new Event('change'));

    type('#phone', '0712 345 678');
    await submit();
    expect(element.querySelector('[data-testid=phone-error]')?.textContent).toContain(
      "doesn't look like a phone number",
    );
    backend.expectNone('/api/v1/auth/otp/request');

    type('#phone', '+254 712 345 678');
    await submit();
    expect(backend.expectOne('/api/v1/auth/otp/request').request.body).toEqual({
      phone: '+254712345678',
      locale: 'en',
    });
  });

  it('shows how long to wait after too many tries and blocks the button', async () => {
    const { element, backend, type, submit, settle } = await render();
    type('#phone', '+254712345678');
    await submit();
    backend.expectOne('/api/v1/auth/otp/request').flush(
      { errors: [{ code: 'E_TOO_MANY_REQUESTS', message: 'Too many requests' }] },
      {
        status: 429,
        statusText: 'Too Many Requests',
        headers: { 'Retry-After': '90' },
      },
    );
    await settle();
    expect(element.querySelector('[data-testid=wait]')?.textContent).toContain('90 s');
    expect(element.querySelector<HTMLButtonElement>('button[type=submit]')!.disabled).toBe(true);
  });

  it('moves to the code step, then puts a wrong code error beside the code', async () => {
    const { fixture, element, backend, type, submit, settle } = await render();
    type('#phone', '0712345678');
    await submit();
    backend
      .expectOne('/api/v1/auth/otp/request')
      .flush({ phone: '+254712345678', expiresIn: 300 }, { status: 202, statusText: 'Accepted' });
    await settle();
    expect(element.textContent).toContain(
      'We sent a code to +254712345678. It is valid for 5 min.',
    );

    type('#code', '12');
    await submit();
    expect(element.querySelector('[data-testid=code-error]')?.textContent).toContain(
      '4 to 8 digits',
    );
    backend.expectNone('/api/v1/auth/otp/verify');

    type('#code', '123456');
    await submit();
    const verify = backend.expectOne('/api/v1/auth/otp/verify');
    expect(verify.request.body).toEqual({ phone: '+254712345678', code: '123456', locale: 'en' });
    verify.flush(
      { errors: [{ code: 'E_INVALID_CODE', message: 'Wrong code', field: 'code' }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(element.querySelector('[data-testid=code-error]')?.textContent).toContain(
      'This code is not valid',
    );

    // Typing again clears the server's verdict on the old value.
    type('#code', '654321');
    await fixture.whenStable();
    expect(element.querySelector('[data-testid=code-error]')).toBeNull();
  });
});
