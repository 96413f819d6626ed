// Who is in the workshop: a small card on the canvas with each person's colour,
// name and role, this person first; "away" when their tab is hidden or idle.
import { Panel } from '@xyflow/react';
import { usePresence, type Participant } from './presence';

const ROLE_WORDS = { facilitator: 'Facilitator', participant: 'Participant', viewer: 'Viewer' } as const;

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
