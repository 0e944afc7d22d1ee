import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { provideTestApp } from '../../testing';
import { Settings } from '../config/settings';
import { TranslationLoader } from '../i18n/translation-loader';
import { bootData, forgetBootData } from './boot-data';

describe('what the server wrote into the page', () => {
  const config = {
    tileUrl: 'https://tiles.test/{z}/{x}/{y}.png',
    defaultCountry: 'SN',
    locales: ['en', 'fr', 'sw'],
  };

  function servedWith(json: string | null) {
    document.getElementById('njia-boot')?.remove();
    if (json !== null) {
      const script = document.createElement('script');
      script.id = 'njia-boot';
      script.type = 'application/json';
      script.textContent = json;
      document.body.append(script);
    }
    forgetBootData();
    TestBed.configureTestingModule({ providers: provideTestApp() });
  }

  afterEach(() => {
    document.getElementById('njia-boot')?.remove();
    forgetBootData();
  });

  it('gives the settings and the texts at once, with no request to the API', async () => {
    servedWith(
      JSON.stringify({ config, locale: 'fr', texts: { signIn: { title: 'Se connecter' } } }),
    );
    const settings = TestBed.inject(Settings);
    expect(settings.current()).toEqual(config);
    expect(await settings.load()).toEqual(config);
    const texts = await firstValueFrom(TestBed.inject(TranslationLoader).getTranslation('fr'));
    expect(texts).toEqual({ signIn: { title: 'Se connecter' } });
    TestBed.inject(HttpTestingController).expectNone('/api/v1/config');
  });

  it('asks the API and loads the language chunk when the page came without it (service worker)', async () => {
    servedWith(null);
    expect(bootData()).toBeNull();
    const settings = TestBed.inject(Settings);
    expect(settings.current()).toBeNull();
    const loading = settings.load();
    TestBed.inject(HttpTestingController).expectOne('/api/v1/config').flush(config);
    expect(await loading).toEqual(config);
    const texts = await firstValueFrom(TestBed.inject(TranslationLoader).getTranslation('sw'));
    expect(JSON.stringify(texts)).toContain('Ingia');
  });

  it('ignores a damaged page script', () => {
    servedWith('{not json');
    expect(bootData()).toBeNull();
    servedWith(JSON.stringify({ locale: 'fr', texts: {} }));
    expect(bootData()).toBeNull();
  });
});
