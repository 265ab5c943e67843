// Route guards: an area's pages need a signed-in user, and the seller and ops areas need the right role.
// Anyone else is sent to the area's sign-in page, or told plainly that the area is not for them.
import { useState, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { AREAS } from '../areas';
import { useT, type Area } from '../i18n/i18n';
import { useSession } from '../session';
import { EmptyState, Loading } from './states';

type Frame = (content: ReactNode) => ReactNode;
const bare: Frame = (content) => content;

/** `frame` wraps the waiting and wrong-area states, so they appear in the area's sign-in chrome. */
export function Guard({ area, children, frame = bare }: { area: Area; children: ReactNode; frame?: Frame }) {
  const session = useSession();
  const location = useLocation();
  const { t } = useT();
  if (session.status === 'loading') return frame(<Loading />);
  if (session.status === 'failed') {
    return frame(
      <EmptyState
        title={t('common.unreachable')}
        action={
          <button type="button" className="btn btn-primary" onClick={() => void session.refresh()}>
            {t('common.retry')}
          </button>
        }
      />
    );
  }
  const paths = AREAS[area];
  if (!session.user) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`${paths.signIn}?next=${next}`} replace />;
  }
  if (paths.role && session.user.role !== paths.role) return frame(<WrongArea area={area as 'seller' | 'ops'} />);
  return children;
}

function WrongArea({ area }: { area: 'seller' | 'ops' }) {
  const { user, signOut } = useSession();
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  if (!user) return null;
  return (
    <EmptyState
      title={t(`auth.wrongArea.title.${area}`)}
      action={
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void signOut()
              .catch(() => undefined)
              .finally(() => setBusy(false));
          }}
        >
          {busy ? t('common.signingOut') : t('auth.wrongArea.switch')}
        </button>
      }
    >
      <p>{t(`auth.wrongArea.body.${area}`, { name: user.name, role: t(`role.${user.role}`) })}</p>
    </EmptyState>
  );
}
