import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { SwUpdate, VersionEvent } from '@angular/service-worker';
import { provideTransloco } from '@jsverse/transloco';
import { Subject } from 'rxjs';
import { Language } from '../i18n/language';
import { TranslationLoader } from '../i18n/translation-loader';
import { UpdatePrompt } from './update-prompt';

describe('UpdatePrompt', () => {
  async function setUp(locale: 'en' | 'fr' | 'sw', enabled = true) {
    localStorage.clear();
    const versionUpdates = new Subject<VersionEvent>();
    const unrecoverable = new Subject<{ type: 'UNRECOVERABLE_STATE'; reason: string }>();
    const reload = vi.fn();
    TestBed.configureTestingModule({
      imports: [UpdatePrompt],
      providers: [
        { provide: SwUpdate, useValue: { isEnabled: enabled, versionUpdates, unrecoverable } },
        provideTransloco({
          config: { availableLangs: ['en', 'fr', 'sw'], defaultLang: 'en' },
          loader: TranslationLoader,
        }),
      ],
    });
    TestBed.overrideComponent(UpdatePrompt, {
      set: { providers: [{ provide: DOCUMENT, useValue: { location: { reload } } }] },
    });
    await TestBed.inject(Language).choose(locale);
    const fixture = TestBed.createComponent(UpdatePrompt);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const settle = async () => {
      fixture.detectChanges();
      await fixture.whenStable();
    };
    return { versionUpdates, unrecoverable, reload, element, settle };
  }

  const ready: VersionEvent = {
    type: 'VERSION_READY',
    currentVersion: { hash: 'old' },
    latestVersion: { hash: 'new' },
  };

  it('offers a reload once the new build is ready, not while it downloads', async () => {
    const { versionUpdates, reload, element, settle } = await setUp('en');
    versionUpdates.next({ type: 'VERSION_DETECTED', version: { hash: 'new' } });
    await settle();
    expect(element.querySelector('[data-testid=update-prompt]')).toBeNull();

    versionUpdates.next(ready);
    await settle();
    expect(element.textContent).toContain('A new version of Njia is ready.');
    element.querySelector('button')!.click();
    expect(reload).toHaveBeenCalledOnce();
  });

  it("speaks the user's language", async () => {
    const { versionUpdates, element, settle } = await setUp('sw');
    versionUpdates.next(ready);
    await settle();
    expect(element.querySelector('button')!.textContent?.trim()).toBe('Pakia upya ili kusasisha');
  });

  it('asks for the same reload when the cached app is broken', async () => {
    const { unrecoverable, element, settle } = await setUp('fr');
    unrecoverable.next({ type: 'UNRECOVERABLE_STATE', reason: 'missing file' });
    await settle();
    expect(element.querySelector('button')!.textContent?.trim()).toBe(
      'Recharger pour mettre à jour',
    );
  });

  it('stays away without a service worker (development, old browsers)', async () => {
    const { versionUpdates, element, settle } = await setUp('en', false);
    versionUpdates.next(ready);
    await settle();
    expect(element.querySelector('[data-testid=update-prompt]')).toBeNull();
  });
});
