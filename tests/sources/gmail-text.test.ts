import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { mailText } from '../../lib/sources/gmail-text';

function text(html: string): string {
  const { document } = parseHTML(`<html><body><div class="a3s aiL">${html}</div></body></html>`);
  return mailText(document.querySelector('.a3s') as unknown as Element);
}

describe('mailText', () => {
  it.each([
    [
      '<div dir="ltr"><div>Hi Dana,</div><div><br></div><div>Thanks.</div></div>',
      'Hi Dana,\n\nThanks.',
    ],
    ['Line one<br>Line two<br><br>Line four', 'Line one\nLine two\n\nLine four'],
    ['<div>A<br></div><div>B</div>', 'A\nB'],
    ['<p>One</p><p>Two</p>', 'One\n\nTwo'],
    ['<div><div><div>Deep</div></div></div><div>Next</div>', 'Deep\nNext'],
    ['  Hello \n\n   <b> big </b>  world  ', 'Hello big world'],
    ['Price:&nbsp;&nbsp;$40', 'Price:  $40'],
    ['<ul><li>one</li><li>two</li></ul>', 'one\ntwo'],
    ['<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>', 'a b\nc d'],
    ['<pre>  x = 1\n  y = 2</pre>', 'x = 1\n  y = 2'],
    ['See <a href="https://example.com">the report</a>.', 'See the report.'],
    ['<div>a</div>\n\n\n<div><br></div><div><br></div><div><br></div><div>b</div>', 'a\n\nb'],
  ])('renders %j', (html, expected) => {
    expect(text(html)).toBe(expected);
  });

  it('drops Gmail quotes, trimmed content and signatures', () => {
    const html =
      '<div dir="ltr"><div>Reply.</div><div><br></div><span class="gmail_signature_prefix">-- </span><br>' +
      '<div class="gmail_signature" data-smartmail="gmail_signature">Alex Seller</div></div><br>' +
      '<div class="ajU"><div class="ajR" role="button"><img class="ajT"></div></div>' +
      '<div class="adL"><div class="gmail_quote"><div class="gmail_attr">On Mon, Nov 23, 2026 at 10:04 AM Dana wrote:<br></div>' +
      '<blockquote class="gmail_quote">Old text</blockquote></div></div><div class="yj6qo">…</div>';
    expect(text(html)).toBe('Reply.');
  });

  it('drops quotes and signatures marked only one way, and with Gmail\u2019s m_ prefix', () => {
    expect(text('New<blockquote class="gmail_quote">old</blockquote>')).toBe('New');
    expect(text('New<div class="gmail_extra">old</div>')).toBe('New');
    expect(text('New<div class="m_-123456gmail_quote">old</div>')).toBe('New');
    expect(text('New<div data-smartmail="gmail_signature">Sig</div>')).toBe('New');
    expect(text('New<div class="m_987gmail_signature">Sig</div>')).toBe('New');
  });

  it('drops other clients\u2019 quotes', () => {
    expect(
      text(
        'Yes.<div class="moz-cite-prefix">On 1/2 Bob wrote:</div><blockquote type="cite">old</blockquote>',
      ),
    ).toBe('Yes.');
    expect(text('Yes.<div class="yahoo_quoted">old</div>')).toBe('Yes.');
    expect(
      text(
        '<div>Please remove me.</div><div id="m_-44appendonsend"></div><hr><div id="m_-44divRplyFwdMsg"><b>From:</b> Alex</div><div>Quoted original</div>',
      ),
    ).toBe('Please remove me.');
    expect(text('<div>No.</div><hr><div id="divRplyFwdMsg">From: Alex</div><div>old</div>')).toBe(
      'No.',
    );
  });

  it('drops the quoted tail and the "-- " signature of plain-text mail', () => {
    expect(
      text(
        'Sounds good.<br><br>On Mon, Nov 23, 2026 at 10:04 AM Alex &lt;a@b.com&gt; wrote:<br>&gt; Hi<br>&gt; there<br>',
      ),
    ).toBe('Sounds good.');
    expect(text('Sure.<br>-- <br>Dana<br>Acme')).toBe('Sure.');
    expect(text('&gt; quoted question<br>My answer.')).toBe('> quoted question\nMy answer.');
    const long = Array.from({ length: 15 }, (_, i) => `line ${i}`).join('<br>');
    expect(text(`Intro<br>--<br>${long}`)).toBe(`Intro\n--\n${long.replace(/<br>/g, '\n')}`);
  });

  it('never shows what is hidden or not text', () => {
    expect(
      text(
        'Hi<script>alert(1)</script><style>p{}</style><span style="display: none">preheader</span><div hidden>x</div><img alt="logo"><template>t</template> there',
      ),
    ).toBe('Hi there');
  });

  it('never throws, and never returns quoted text, on random markup', () => {
    const tag = fc.constantFrom('div', 'p', 'span', 'b', 'br', 'blockquote', 'pre', 'td', 'li');
    const node: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.string({ maxLength: 12 }).map((s) => s.replace(/[<&>]/g, ' ')),
        fc
          .tuple(tag, fc.array(tie('node'), { maxLength: 4 }))
          .map(([t, kids]) => `<${t}>${kids.join('')}</${t}>`),
        fc
          .array(tie('node'), { maxLength: 3 })
          .map((kids) => `<div class="gmail_quote">QUOTED${kids.join('')}</div>`),
      ),
    })).node;
    fc.assert(
      fc.property(node, (html) => {
        const t = text(html);
        expect(t).not.toContain('QUOTED');
        expect(t).toBe(t.trim());
        expect(t).not.toMatch(/\n{3,}/);
      }),
    );
  });
});
