// Find a node by title (Ctrl/Cmd+F): type, pick with the arrow keys or the mouse,
// and the canvas selects the node and brings it into view.
import { Panel } from '@xyflow/react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useT } from '../i18n';
import { useDocumentStore } from '../store/documentStore';
import { useViewStore } from '../store/viewStore';
import { Icon, NodeTypeIcon } from '../ui/icons';
import { revealNodes } from './viewport';

const MAX_RESULTS = 8;

export function SearchBox() {
  const t = useT();
  const nodes = useDocumentStore((s) => s.plan?.nodes);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  useEffect(() => inputRef.current?.focus(), []);

  const results = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    const starts = [];
    const contains = [];
    for (const node of nodes ?? []) {
      const title = node.title.toLowerCase();
      if (title.startsWith(q)) starts.push(node);
      else if (title.includes(q)) contains.push(node);
      if (starts.length >= MAX_RESULTS) break;
    }
    return [...starts, ...contains].slice(0, MAX_RESULTS);
  }, [nodes, query]);

  const close = () => useViewStore.getState().set({ searchOpen: false });
  const jump = (index: number) => {
    const node = results[index];
    if (!node) return;
    useDocumentStore.getState().setSelection({ nodeIds: [node.id], edgeIds: [] });
    revealNodes([node.id]);
    close();
  };

  return (
    <Panel position="top-center" className="search">
      <div className="search__field">
        <Icon name="search" size={14} />
        <input
          ref={inputRef}
          className="search__input"
          role="combobox"
          aria-label={t('ui.canvas.search.label')}
          aria-expanded={results.length > 0}
          aria-controls={listId}
          aria-activedescendant={results[active] ? `${listId}-${active}` : undefined}
          placeholder={t('ui.canvas.search.placeholder')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              close();
            } else if (event.key === 'ArrowDown') {
              event.preventDefault();
              setActive((i) => Math.min(i + 1, results.length - 1));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((i) => Math.max(i - 1, 0));
            } else if (event.key === 'Enter') {
              event.preventDefault();
              jump(active);
            }
          }}
          onBlur={() => setTimeout(close, 150)}
        />
        <kbd className="search__kbd">Esc</kbd>
      </div>
      {query.trim() && (
        <ul id={listId} role="listbox" className="search__results" aria-label={t('ui.canvas.search.results')}>
          {results.length === 0 && <li className="search__none">{t('ui.canvas.search.none')}</li>}
          {results.map((node, index) => (
            <li
              key={node.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={`search__result${index === active ? ' is-active' : ''}`}
              onMouseDown={(event) => {
                event.preventDefault();
                jump(index);
              }}
              onMouseEnter={() => setActive(index)}
            >
              <NodeTypeIcon type={node.type} size={14} />
              <span className="search__title">{node.title}</span>
              <span className="search__type">{t(`vocab.nodeType.${node.type}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
