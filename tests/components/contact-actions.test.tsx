// @vitest-environment happy-dom
/** The merge picker: a choice belongs to one contact and is cleared once used. */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContactActions } from '../../components/ContactActions';
import type { ContactRow } from '../../lib/db';

afterEach(cleanup);

const contact = (id: string, name: string): ContactRow =>
  ({
    id,
    name,
    streak: 1,
    lastInboundAt: null,
    lastOutboundAt: 0,
    silentSince: 0,
    status: 'active',
    userStatus: 'active',
    awayUntil: null,
    laterAt: null,
    snoozedUntil: null,
    dueAt: null,
    notifiedDueAt: null,
    mergedInto: null,
  }) as ContactRow;

const CANDIDATES = [
  { id: 'jane@old.example', name: 'Jane Doe' },
  { id: 'linkedin:jane-doe', name: 'Jane Doe' },
];

describe('ContactActions: merge', () => {
  const view = (c: ContactRow, onMerge = vi.fn()) => (
    <ContactActions
      contact={c}
      now={0}
      mergeCandidates={CANDIDATES}
      onStatus={vi.fn()}
      onSnooze={vi.fn()}
      onMerge={onMerge}
    />
  );
  const select = () => screen.getByTestId('merge-select') as HTMLSelectElement;
  const merge = () => screen.getByRole('button', { name: 'Merge' }) as HTMLButtonElement;

  it('merges the chosen person, by name and id, then clears the choice', () => {
    const onMerge = vi.fn();
    render(view(contact('ann@x.example', 'Ann'), onMerge));
    expect(merge().disabled).toBe(true);
    fireEvent.change(select(), { target: { value: 'linkedin:jane-doe' } });
    expect(merge().disabled).toBe(false);
    fireEvent.click(merge());
    expect(onMerge).toHaveBeenCalledWith({ id: 'linkedin:jane-doe', name: 'Jane Doe' });
    // a second click merges nothing more
    expect(select().value).toBe('');
    expect(merge().disabled).toBe(true);
    fireEvent.submit(merge().form!);
    expect(onMerge).toHaveBeenCalledTimes(1);
  });

  it('a choice made for one contact is not carried to the next one opened', () => {
    const onMerge = vi.fn();
    const { rerender } = render(view(contact('ann@x.example', 'Ann'), onMerge));
    fireEvent.change(select(), { target: { value: 'jane@old.example' } });
    rerender(view(contact('bob@y.example', 'Bob'), onMerge));
    expect(select().value).toBe('');
    expect(merge().disabled).toBe(true);
  });
});

// session 21: hundreds of contacts, and merges undone long after the toast
describe('ContactActions: merge among many, and unmerge', () => {
  const MANY = [
    ...Array.from({ length: 200 }, (_, i) => ({
      id: `p${i}@x.example`,
      name: `Person ${String(i).padStart(3, '0')}`,
    })),
    { id: 'linkedin:ann-lee', name: 'Ann Lee' },
  ];
  const view = (c: ContactRow, props: Partial<Parameters<typeof ContactActions>[0]> = {}) => (
    <ContactActions
      contact={c}
      now={0}
      mergeCandidates={MANY}
      onStatus={vi.fn()}
      onSnooze={vi.fn()}
      onMerge={vi.fn()}
      {...props}
    />
  );
  const select = () => screen.getByTestId('merge-select') as HTMLSelectElement;
  const search = () => screen.getByTestId('merge-search') as HTMLInputElement;
  const options = () => [...select().options].slice(1).map((o) => o.value);

  it('lists the likely match first, a few at a time, and narrows as the user types', () => {
    const onMerge = vi.fn();
    render(view(contact('ann@lee.example', 'Ann Lee'), { onMerge }));
    expect(options()).toHaveLength(30);
    expect(options()[0]).toBe('linkedin:ann-lee');
    expect(select().options[1]!.textContent).toMatch(/similar name/);
    expect(screen.getByTestId('merge-count').textContent).toMatch(/Showing 30 of 201/);
    fireEvent.change(search(), { target: { value: 'person 017' } });
    expect(options()).toEqual(['p17@x.example']);
    // Enter picks the first match; it does not merge
    fireEvent.keyDown(search(), { key: 'Enter' });
    expect(select().value).toBe('p17@x.example');
    expect(screen.getByTestId('merge-count').textContent).toMatch(/Picked Person 017/);
    expect(onMerge).not.toHaveBeenCalled();
    // a pick hidden by more typing comes back when the search shows it again
    fireEvent.change(search(), { target: { value: 'person 0179' } });
    expect(select().value).toBe('');
    fireEvent.change(search(), { target: { value: 'person 017' } });
    expect(select().value).toBe('p17@x.example');
    fireEvent.click(screen.getByRole('button', { name: 'Merge' }));
    expect(onMerge).toHaveBeenCalledWith({ id: 'p17@x.example', name: 'Person 017' });
    // the search starts again
    expect(search().value).toBe('');
    fireEvent.change(search(), { target: { value: 'zed' } });
    expect(options()).toEqual([]);
    expect(screen.getByTestId('merge-count').textContent).toMatch(/Nobody matches “zed”/);
  });

  it('lists the contacts merged into this one, each with Unmerge; focus moves to the picker', () => {
    const onUnmerge = vi.fn();
    const ann = contact('ann@lee.example', 'Ann Lee');
    const old = { id: 'ann@old.example', name: 'Ann Lee' };
    const { rerender } = render(view(ann, { merged: [old], onUnmerge }));
    expect(screen.getByTestId('merged').textContent).toMatch(/Also Ann Lee \(ann@old\.example\)/);
    fireEvent.click(screen.getByRole('button', { name: 'Unmerge Ann Lee (ann@old.example)' }));
    expect(onUnmerge).toHaveBeenCalledWith(old);
    rerender(view(ann, { merged: [], onUnmerge, mergeCandidates: [...MANY, old] }));
    expect(screen.queryByTestId('merged')).toBeNull();
    expect(document.activeElement).toBe(select());
    // one merged through another says through whom
    rerender(
      view(ann, {
        merged: [{ ...old, via: { id: 'ann@mid.example', name: 'A. Lee' } }],
        onUnmerge,
      }),
    );
    expect(screen.getByTestId('merged').textContent).toMatch(
      /Also Ann Lee \(ann@old\.example\), via A\. Lee \(ann@mid\.example\)/,
    );
  });
});

describe('ContactActions: the button that replaces the one clicked takes the focus', () => {
  const view = (c: ContactRow, now = 0) => (
    <ContactActions
      contact={c}
      now={now}
      mergeCandidates={[]}
      onStatus={vi.fn()}
      onSnooze={vi.fn()}
      onMerge={vi.fn()}
    />
  );
  const button = (name: string) => screen.getByRole('button', { name });

  it('Pause → "Make active again" → Pause', () => {
    const ann = contact('ann@x.example', 'Ann');
    const { rerender } = render(view(ann));
    button('Pause').focus();
    fireEvent.click(button('Pause'));
    rerender(view({ ...ann, userStatus: 'paused' }));
    expect(document.activeElement).toBe(button('Make active again'));
    fireEvent.click(button('Make active again'));
    rerender(view(ann));
    expect(document.activeElement).toBe(button('Pause'));
  });

  it('Won hands the focus to "Make active again" too', () => {
    const ann = contact('ann@x.example', 'Ann');
    const { rerender } = render(view(ann));
    fireEvent.click(button('Won'));
    rerender(view({ ...ann, userStatus: 'won' }));
    expect(document.activeElement).toBe(button('Make active again'));
  });

  it('Snooze a week → Unsnooze → Snooze a week', () => {
    const ann = contact('ann@x.example', 'Ann');
    const { rerender } = render(view(ann, 1000));
    fireEvent.click(button('Snooze a week'));
    rerender(view({ ...ann, snoozedUntil: 1000 + 7 * 86_400_000 }, 1000));
    expect(document.activeElement).toBe(button('Unsnooze'));
    fireEvent.click(button('Unsnooze'));
    rerender(view(ann, 1000));
    expect(document.activeElement).toBe(button('Snooze a week'));
  });

  it('takes nothing from a field the user has moved to meanwhile', () => {
    const ann = contact('ann@x.example', 'Ann');
    const { rerender } = render(
      <>
        <input aria-label="search" />
        {view(ann)}
      </>,
    );
    fireEvent.click(button('Pause'));
    const search = screen.getByRole('textbox', { name: 'search' });
    search.focus();
    rerender(
      <>
        <input aria-label="search" />
        {view({ ...ann, userStatus: 'paused' })}
      </>,
    );
    expect(document.activeElement).toBe(search);
  });

  it('takes nothing when no click asked for it (a change from elsewhere)', () => {
    const ann = contact('ann@x.example', 'Ann');
    const { rerender } = render(view(ann));
    rerender(view({ ...ann, userStatus: 'paused' }));
    expect(document.activeElement).not.toBe(button('Make active again'));
  });
});
