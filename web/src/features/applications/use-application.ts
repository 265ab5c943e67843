// The signed-in seller's own application: read it (none yet is a normal state), save a step, attach
// or remove a document, submit. Every call answers the whole application, which replaces ours.
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../../app/api-client';
import { useSession } from '../../app/session';
import type { Application, ApplicationPatch, AttachmentKind } from './application-types';

type Uploaded = { id: string };

export function useApplication() {
  const { refresh } = useSession();
  const [application, setApplication] = useState<Application | null>(null);
  const [phase, setPhase] = useState<'loading' | 'ready'>('loading');
  const [loadError, setLoadError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setPhase('loading');
    setLoadError(null);
    api.get<Application>('/seller/application', undefined, controller.signal).then(
      (answer) => {
        setApplication(answer);
        setPhase('ready');
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.code === 'no_application') setApplication(null);
        else {
          if (error instanceof ApiError && error.status === 401) void refresh();
          setLoadError(error);
        }
        setPhase('ready');
      },
    );
    return () => controller.abort();
  }, [attempt, refresh]);

  const save = useCallback(async (patch: ApplicationPatch) => {
    const answer = await api.put<Application>('/seller/application', patch);
    setApplication(answer);
    return answer;
  }, []);

  const attach = useCallback(async (kind: AttachmentKind, file: File) => {
    const uploaded = await api.upload<Uploaded>('/media/documents', file);
    const answer = await api.post<Application>('/seller/application/attachments', { kind, mediaId: uploaded.id });
    setApplication(answer);
    return answer;
  }, []);

  const detach = useCallback(async (attachmentId: string) => {
    const answer = await api.delete<Application>(`/seller/application/attachments/${encodeURIComponent(attachmentId)}`);
    setApplication(answer);
    return answer;
  }, []);

  const submit = useCallback(async () => {
    const answer = await api.post<Application>('/seller/application/submit');
    setApplication(answer);
    return answer;
  }, []);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { application, loading: phase === 'loading', loadError, reload, save, attach, detach, submit };
}

export type ApplicationApi = ReturnType<typeof useApplication>;
