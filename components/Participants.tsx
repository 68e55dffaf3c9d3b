import type { ContactRow } from '@/lib/db';

/** The other people in a group thread, each with their own streak. */
export function Participants(props: { people: ContactRow[] }) {
  if (props.people.length === 0) return null;
  return (
    <section aria-labelledby="participants-title">
      <h3 id="participants-title">Also in this thread</h3>
      <ul className="people">
        {props.people.map((p) => (
          <li key={p.id} data-testid="participant">
            <span>{p.name}</span> <span className="muted">{p.email ?? p.id}</span>{' '}
            <span className="tag" title="Your messages in a row without a reply">
              streak {p.streak}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
