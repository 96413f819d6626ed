// "Connect to…": a flow from the selected node to a node found by typing part of
// its title, all from the keyboard (arrows choose, Enter connects, Escape closes).
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { connectNodes, refusal } from '../canvas/connecting';
import { useT } from '../i18n';
import { useDocumentStore } from '../store/documentStore';
import { ModalFrame } from '../ui/dialogs';
import { useEditorOverlays } from './editorOverlays';

const MAX_SHOWN = 50;

export function ConnectToDialog() {
  const from = useEditorOverlays((s) => s.connectFrom);
  if (!from) return null;
  return <ConnectTo key={from} from={from} />;
}

function ConnectTo({ from }: { from: string }) {
  const t = useT();
  const plan = useDocumentStore((s) => s.plan);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const close = () => useEditorOverlays.setState({ connectFrom: null });
  const source = plan?.nodes?.find((n) => n.id === from);
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (plan?.nodes ?? []).filter((n) => n.id !== from && n.type !== 'note' && (!q || n.title.toLowerCase().includes(q))).slice(0, MAX_SHOWN);
  }, [plan, from, query]);
  if (!plan || !source) return null;
  const choose = (targetId: string) => {
    const id = connectNodes(from, targetId);
    if (id) close();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (matches.length === 0 ? 0 : (i + step + matches.length) % matches.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const target = matches[Math.min(active, matches.length - 1)];
      if (target) choose(target.id);
    }
  };
  return (
    <ModalFrame titleId="connect-to-title" title={t('ui.app.connectTo.title', { title: source.title })} onEscape={close}>
      <input
        className="input connect-to__search"
        role="combobox"
        aria-label={t('ui.app.connectTo.search')}
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={matches[active] ? `${listId}-${matches[active].id}` : undefined}
        placeholder={t('ui.app.connectTo.placeholder')}
        autoFocus
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={t('ui.app.connectTo.list')} className="connect-to__list">
        {matches.length === 0 && <li className="connect-to__empty">{t('ui.app.connectTo.empty')}</li>}
        {matches.map((node, index) => {
          const reason = refusal(plan, from, node.id);
          return (
            <li
              key={node.id}
              id={`${listId}-${node.id}`}
              role="option"
              aria-selected={index === active}
              aria-disabled={reason ? true : undefined}
              title={reason ?? undefined}
              className={`connect-to__option${index === active ? ' is-active' : ''}`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(node.id)}
            >
              <span>{node.title}</span>
              <span className="connect-to__type">{reason ? t('ui.app.connectTo.alreadyConnected') : t(`vocab.nodeType.${node.type}`)}</span>
            </li>
          );
        })}
      </ul>
      <div className="modal__actions">
        <button type="button" className="btn" onClick={close}>
          {t('ui.common.cancel')}
        </button>
      </div>
    </ModalFrame>
  );
}
