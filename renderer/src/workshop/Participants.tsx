// Who is in the workshop: a small card on the canvas with each person's colour,
// name and role, this person first; "away" when their tab is hidden or idle.
import { Panel } from '@xyflow/react';
import { follow, stopFollowing, useFollowing } from '../facilitation/follow';
import { usePresence, type Participant } from './presence';

const ROLE_WORDS = { facilitator: 'Facilitator', participant: 'Participant', viewer: 'Viewer' } as const;

/** "Follow <name>": one's view tracks theirs until one pans or zooms oneself. */
function FollowButton({ person }: { person: Participant }) {
  const following = useFollowing((s) => s.following?.clientId === person.clientId);
  return (
    <button
      type="button"
      className={`participant__follow${following ? ' is-on' : ''}`}
      aria-pressed={following}
      aria-label={following ? `Stop following ${person.name}` : `Follow ${person.name}`}
      onClick={() => (following ? stopFollowing() : follow(person.clientId, person.name))}
    >
      {following ? 'Following' : 'Follow'}
    </button>
  );
}

function Person({ person }: { person: Participant }) {
  return (
    <li className={`participant${person.away ? ' is-away' : ''}`} style={{ '--peer': person.color } as React.CSSProperties}>
      <span className="participant__dot" aria-hidden="true" />
      <span className="participant__name">
        {person.name}
        {person.self && <span className="participant__you"> (you)</span>}
      </span>
      <span className="participant__role">
        {ROLE_WORDS[person.role]}
        {person.away && ' · away'}
      </span>
      {!person.self && <FollowButton person={person} />}
    </li>
  );
}

export function Participants() {
  const people = usePresence((s) => s.people);
  if (people.length === 0) return null;
  return (
    <Panel position="top-right" className="participants nowheel" role="region" aria-label="Participants">
      <h2 className="participants__title">
        In this workshop <span className="section-count">{people.length}</span>
      </h2>
      <ul className="participants__list">
        {people.map((person) => (
          <Person key={person.clientId} person={person} />
        ))}
      </ul>
    </Panel>
  );
}
