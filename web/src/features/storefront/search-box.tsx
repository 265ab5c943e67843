// The header's search box: as the shopper types, suggestions from GET /api/v1/search/suggest (a
// combobox: arrow keys move, Enter searches the highlighted text, Escape closes; picking a product's
// title opens that product). Submitting goes to /search?q=; the box shows the query of the results page.
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { SearchIcon } from '../../app/ui/icons';
import type { Suggestion } from './storefront-types';

const DEBOUNCE_MS = 150;

export function SearchBox() {
  const { t } = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const current = location.pathname === '/search' ? (params.get('q') ?? '') : '';
  const [q, setQ] = useState(current);
  const [items, setItems] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const typed = useRef(false);
  const listId = useId();
  useEffect(() => setQ(current), [current]);

  useEffect(() => {
    const text = q.trim();
    if (!typed.current || !text) {
      setItems([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api.get<{ items: Suggestion[] }>('/search/suggest', { q: text.slice(0, 100) }, controller.signal).then(
        (answer) => {
          setItems(answer.items.slice(0, 8));
          setActive(-1);
        },
        () => setItems([]),
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q]);

  function go(text: string, productId?: string | null) {
    const query = text.trim();
    typed.current = false;
    setOpen(false);
    setItems([]);
    if (productId) void navigate(`/products/${encodeURIComponent(productId)}`);
    else void navigate(query ? `/search?q=${encodeURIComponent(query)}` : '/search');
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    go(active >= 0 && items[active] ? items[active].text : q);
  }

  function keyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && items.length) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % items.length);
    } else if (event.key === 'ArrowUp' && items.length) {
      event.preventDefault();
      setActive((i) => (i <= 0 ? items.length - 1 : i - 1));
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  }

  const expanded = open && items.length > 0;
  return (
    <form className="store-search" role="search" action="/search" onSubmit={submit}>
      <label htmlFor="store-search-input" className="visually-hidden">
        {t('store.searchLabel')}
      </label>
      <SearchIcon size={18} className="store-search-icon" />
      <input
        id="store-search-input"
        type="search"
        name="q"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        enterKeyHint="search"
        autoComplete="off"
        maxLength={200}
        placeholder={t('store.searchPlaceholder')}
        value={q}
        onChange={(e) => {
          typed.current = true;
          setQ(e.target.value);
          setOpen(true);
        }}
        onKeyDown={keyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <button type="submit" className="store-search-button">
        {t('store.searchSubmit')}
      </button>
      <ul id={listId} role="listbox" aria-label={t('shop.search.suggestions')} className="suggestions" hidden={!expanded}>
        {items.map((s, i) => (
          <li
            key={`${s.text}-${i}`}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'suggestion active' : 'suggestion'}
            onMouseDown={(e) => {
              e.preventDefault();
              go(s.text, s.productId);
            }}
          >
            <SearchIcon size={14} />
            <span>{s.text}</span>
          </li>
        ))}
      </ul>
    </form>
  );
}
