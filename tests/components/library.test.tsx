// @vitest-environment happy-dom
/** The library list: tag editing (Save, Cancel, Escape, focus back on Tag) and delete clicks. */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Library } from '../../components/Library';
import type { LibraryRow } from '../../lib/db';

afterEach(cleanup);

const article = (n: number): LibraryRow =>
  ({
    url: `https://example.com/a${n}`,
    title: `Article ${n}`,
    site: 'example.com',
    byline: null,
    readingMinutes: 3,
    tags: n === 1 ? ['freight'] : [],
    updatedAt: 0,
  }) as unknown as LibraryRow;

const view = (over: { onTags?: () => void; onDelete?: (url: string) => void } = {}) => (
  <Library
    items={[article(1), article(2)]}
    query=""
    status={null}
    saving={false}
    onQuery={vi.fn()}
    onSave={vi.fn()}
    onAllowAllPages={vi.fn()}
    onDelete={over.onDelete ?? vi.fn()}
    onTags={over.onTags ?? vi.fn()}
  />
);
const button = (name: string) => screen.getByRole('button', { name });
const box = () => screen.getByRole('textbox', { name: /^Tags for Article 1/ });

describe('Library: tags', () => {
  it('Tag opens a box with the tags, focused; Save tags saves and hands focus back to Tag', () => {
    const onTags = vi.fn();
    render(view({ onTags }));
    fireEvent.click(button('Tag Article 1'));
    expect(document.activeElement).toBe(box());
    expect((box() as HTMLInputElement).value).toBe('freight');
    fireEvent.change(box(), { target: { value: 'freight, ports' } });
    fireEvent.click(button('Save tags'));
    expect(onTags).toHaveBeenCalledWith('https://example.com/a1', ['freight', ' ports']);
    expect(document.activeElement).toBe(button('Tag Article 1'));
  });

  it.each([
    ['Escape', () => fireEvent.keyDown(box(), { key: 'Escape' })],
    ['Cancel', () => fireEvent.click(button('Cancel'))],
  ])('%s closes the box without saving, focus back on Tag', (_, close) => {
    const onTags = vi.fn();
    render(view({ onTags }));
    fireEvent.click(button('Tag Article 1'));
    fireEvent.change(box(), { target: { value: 'typo' } });
    close();
    expect(screen.queryByRole('textbox', { name: /^Tags for/ })).toBeNull();
    expect(onTags).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(button('Tag Article 1'));
  });
});

describe('Library: delete', () => {
  it('deletes on a click or a key, but not on the second click of a double-click', () => {
    const onDelete = vi.fn();
    render(view({ onDelete }));
    fireEvent.click(button('Delete Article 1'), { detail: 1 });
    fireEvent.click(button('Delete Article 2'), { detail: 2 }); // the list moved under the mouse
    fireEvent.click(button('Delete Article 2'), { detail: 0 }); // Enter or Space
    expect(onDelete.mock.calls).toEqual([['https://example.com/a1'], ['https://example.com/a2']]);
  });
});
