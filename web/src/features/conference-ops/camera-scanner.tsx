// Scanning QR codes with the device's camera: getUserMedia (the back camera on phones) into a <video>,
// a few frames a second drawn into a canvas and decoded with jsQR. The same code held in view fires
// once; it fires again only after it has been out of view for a few seconds.
import jsQR from 'jsqr';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../../app/i18n/i18n';

const FRAME_MS = 150;
const MAX_WIDTH = 640;
const SAME_CODE_MS = 3_000;

type Phase = 'off' | 'starting' | 'on' | 'denied' | 'unavailable' | 'failed';

export function CameraScanner({ onCode }: { onCode: (text: string) => void }) {
  const { t } = useT();
  const video = useRef<HTMLVideoElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const frame = useRef<number | undefined>(undefined);
  const last = useRef<{ text: string; seenAt: number } | null>(null);
  const handler = useRef(onCode);
  const [phase, setPhase] = useState<Phase>('off');
  const [lastRead, setLastRead] = useState<string | null>(null);

  useEffect(() => {
    handler.current = onCode;
  }, [onCode]);

  const stop = useCallback(() => {
    if (frame.current !== undefined) cancelAnimationFrame(frame.current);
    frame.current = undefined;
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
    if (video.current) video.current.srcObject = null;
  }, []);

  useEffect(() => stop, [stop]);

  const decodeLoop = useCallback(() => {
    let previous = 0;
    const tick = (now: number) => {
      frame.current = requestAnimationFrame(tick);
      const v = video.current;
      const c = canvas.current;
      if (!v || !c || now - previous < FRAME_MS || v.readyState < v.HAVE_CURRENT_DATA || !v.videoWidth) return;
      previous = now;
      const scale = Math.min(1, MAX_WIDTH / v.videoWidth);
      const w = Math.round(v.videoWidth * scale);
      const h = Math.round(v.videoHeight * scale);
      if (c.width !== w) c.width = w;
      if (c.height !== h) c.height = h;
      const ctx = c.getContext('2d', { willReadFrequently: true });
      if (!ctx) return;
      ctx.drawImage(v, 0, 0, w, h);
      const code = jsQR(ctx.getImageData(0, 0, w, h).data, w, h, { inversionAttempts: 'dontInvert' });
      if (!code?.data) return;
      const seen = last.current;
      const fresh = !seen || seen.text !== code.data || now - seen.seenAt > SAME_CODE_MS;
      last.current = { text: code.data, seenAt: now };
      if (fresh) {
        setLastRead(code.data.slice(-6));
        handler.current(code.data);
      }
    };
    frame.current = requestAnimationFrame(tick);
  }, []);

  const start = async () => {
    if (!navigator.mediaDevices?.getUserMedia) {
      setPhase('unavailable');
      return;
    }
    setPhase('starting');
    try {
      const media = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } }, audio: false });
      stream.current = media;
      const v = video.current;
      if (!v) return stop();
      v.srcObject = media;
      await v.play();
      setPhase('on');
      decodeLoop();
    } catch (e) {
      stop();
      const name = e instanceof DOMException ? e.name : '';
      setPhase(name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : name === 'NotFoundError' || name === 'OverconstrainedError' ? 'unavailable' : 'failed');
    }
  };

  const turnOff = () => {
    stop();
    setPhase('off');
  };

  const on = phase === 'on' || phase === 'starting';
  return (
    <section className="card conf-card conf-camera" aria-labelledby="conf-camera-title">
      <div className="conf-camera-head">
        <h2 id="conf-camera-title" className="section-title">
          {t('confOps.camera.title')}
        </h2>
        {on ? (
          <button type="button" className="btn btn-secondary btn-sm" onClick={turnOff}>
            {t('confOps.camera.stop')}
          </button>
        ) : (
          <button type="button" className="btn btn-primary btn-sm" onClick={() => void start()}>
            {t('confOps.camera.start')}
          </button>
        )}
      </div>
      <div className={on ? 'conf-camera-view' : 'conf-camera-view is-off'}>
        <video ref={video} muted playsInline aria-label={t('confOps.camera.title')} />
        <canvas ref={canvas} hidden />
      </div>
      <p className="muted small" role="status" data-testid="camera-status">
        {phase === 'on' ? t('confOps.camera.on') : t(`confOps.camera.${phase}`)}
        {phase === 'on' && lastRead ? ` ${t('confOps.camera.lastRead', { tail: lastRead })}` : ''}
      </p>
    </section>
  );
}
