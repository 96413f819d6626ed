// Who is in the workshop: a small card on the canvas with each person's colour,
// name and role, this person first; "away" when their tab is hidden or idle.
import { Panel } from '@xyflow/react';
import { follow, stopFollowing, useFollowing } from '../facilitation/follow';
import { useT } from '../i18n';
import { usePresence, type Participant } from './presence';

/** "Follow <name>": one's view tracks theirs until one pans or zooms oneself. */
function FollowButton({ person }: { person: Participant }) {
  const t = useT();
  const following = useFollowing((s) => s.following?.clientId === person.clientId);
  return (
    <button
      type="button"
      className={`participant__follow${following ? ' is-on' : ''}`}
      aria-pressed={following}
      aria-label={t(following ? 'ui.workshop.participants.stopFollowingName' : 'ui.workshop.participants.followName', { name: person.name })}
      onClick={() => (following ? stopFollowing() : follow(person.clientId, person.name))}
    >
      {t(following ? 'ui.workshop.participants.following' : 'ui.workshop.participants.follow')}
    </button>
  );
}

function Person({ person }: { person: Participant }) {
  const t = useT();
  const role = t(`ui.workshop.role.${person.role}`);
  return (
    <li className={`participant${person.away ? ' is-away' : ''}`} style={{ '--peer': person.color } as React.CSSProperties}>
      <span className="participant__dot" aria-hidden="true" />
      <span className="participant__name">
        {person.name}
        {person.self && <span className="participant__you">{t('ui.workshop.participants.you')}</span>}
      </span>
      <span className="participant__role">
        {person.away ? t('ui.workshop.participants.roleAway', { role }) : role}
      </span>
      {!person.self && <FollowButton person={person} />}
    </li>
  );
}

export function Participants() {
  const t = useT();
  const people = usePresence((s) => s.people);
  if (people.length === 0) return null;
  return (
    <Panel position="top-right" className="participants nowheel" role="region" aria-label={t('ui.workshop.participants.label')}>
      <h2 className="participants__title">
        {t('ui.workshop.participants.title')} <span className="section-count">{people.length}</span>
      </h2>
      <ul className="participants__list">
        {people.map((person) => (
          <Person key={person.clientId} person={person} />
        ))}
      </ul>
    </Panel>
  );
}
