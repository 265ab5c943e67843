import { useEffect } from 'react';

/** Sets the tab title for the page being shown, so history and screen readers name it. */
export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Gateway` : 'Gateway';
  }, [title]);
}
