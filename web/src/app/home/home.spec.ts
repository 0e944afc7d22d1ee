import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTransloco } from '@jsverse/transloco';
import { Role, User } from '../core/api/api-types';
import { Session } from '../core/auth/session';
import { Language } from '../core/i18n/language';
import { TranslationLoader } from '../core/i18n/translation-loader';
import { Home } from './home';

async function homeOf(role: Role) {
  TestBed.resetTestingModule();
  localStorage.clear();
  TestBed.configureTestingModule({
    imports: [Home],
    providers: [
      provideRouter([]),
      provideTransloco({
        config: { availableLangs: ['en', 'fr', 'sw'], defaultLang: 'en' },
        loader: TranslationLoader,
      }),
    ],
  });
  await TestBed.inject(Language).choose('en');
  const user: User = {
    id: 7,
    phone: '+221771234567',
    name: 'Moussa',
    role,
    locale: 'fr',
    country: 'SN',
    organisation: { id: 3, name: 'Sahel Transport', kind: 'carrier', country: 'SN' },
    hasPhoto: false,
    createdAt: '2026-01-01T00:00:00.000Z',
  };
  TestBed.inject(Session).start({ token: 'oat_x', user });
  const fixture = TestBed.createComponent(Home);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const entries = [...element.querySelectorAll('[data-testid^=entry-]')].map((e) =>
    e.getAttribute('data-testid')!.replace('entry-', ''),
  );
  const soon = [...element.querySelectorAll('.entry.soon')].length;
  return { element, entries, soon };
}

describe('Home', () => {
  it('gives each role its own entry points', async () => {
    expect((await homeOf('shipper')).entries).toEqual([
      'postLoad',
      'myOrders',
      'bids',
      'map',
      'profile',
    ]);
    expect((await homeOf('driver')).entries).toContain('loadBoard');
    expect((await homeOf('driver')).entries).not.toContain('postLoad');
    expect((await homeOf('dispatcher')).entries).toContain('fleetMap');
    expect((await homeOf('admin')).entries).toContain('apiDocs');
  });

  it('marks what is not built yet as coming soon, with no made-up numbers', async () => {
    // Collection routes (milk runs) have no page yet.
    const { element, soon } = await homeOf('dispatcher');
    expect(soon).toBe(1);
    expect(element.querySelectorAll('.soon-badge').length).toBe(1);
    expect(element.textContent).not.toMatch(/\d+ (loads|jobs|orders)/);
  });

  it('greets the user by name with their role and organisation', async () => {
    const { element } = await homeOf('dispatcher');
    expect(element.querySelector('h1')?.textContent).toContain('Welcome, Moussa');
    expect(element.textContent).toContain('Dispatcher');
    expect(element.textContent).toContain('Sahel Transport · SN');
  });
});
