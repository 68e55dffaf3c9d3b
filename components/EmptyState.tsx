export function EmptyState(props: { loading?: boolean }) {
  if (props.loading) return <p className="muted">Loading…</p>;
  return (
    <section className="empty" data-testid="empty-state" aria-labelledby="empty-title">
      <h2 id="empty-title">No conversation open</h2>
      <p>
        Open a thread in Gmail or a conversation in LinkedIn messaging, and Crickets shows the other
        person here.
      </p>
      <ul>
        <li>
          <strong>Silence streak</strong>: how many of your messages in a row went unanswered, and
          for how many days.
        </li>
        <li>
          <strong>Your history</strong> with them across every thread.
        </li>
        <li>
          <strong>Everything stays on this computer</strong>: nothing is sent anywhere.
        </li>
      </ul>
    </section>
  );
}
