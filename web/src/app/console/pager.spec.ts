import { TestBed } from '@angular/core/testing';
import { provideTestApp } from '../testing';
import { Pager } from './pager';

function render(page: number, lastPage: number) {
  TestBed.configureTestingModule({ providers: provideTestApp() });
  const fixture = TestBed.createComponent(Pager);
  fixture.componentRef.setInput('page', page);
  fixture.componentRef.setInput('lastPage', lastPage);
  const asked: number[] = [];
  fixture.componentInstance.go.subscribe((to) => asked.push(to));
  fixture.detectChanges();
  const buttons = [...(fixture.nativeElement as HTMLElement).querySelectorAll('button')];
  return { buttons, asked, text: (fixture.nativeElement as HTMLElement).textContent ?? '' };
}

describe('Pager', () => {
  it('shows nothing when the list fits one page', () => {
    expect(render(1, 1).buttons).toEqual([]);
  });

  it('asks for the page before and after, and neither past the ends', () => {
    const middle = render(2, 3);
    expect(middle.text).toContain('2 / 3');
    middle.buttons.forEach((button) => button.click());
    expect(middle.asked).toEqual([1, 3]);
    TestBed.resetTestingModule();
    const last = render(3, 3);
    expect(last.buttons.map((b) => b.disabled)).toEqual([false, true]);
  });
});
