import { useEffect, useRef, useState } from 'react';
import './share.css';

/**
 * The deck link made by "Share link": the address in a read-only field (selected on focus) and the same
 * address as a QR code, drawn by the `qrcode` package into a canvas (loaded only when a link is shown). A
 * link too long for a QR code says so instead of drawing one.
 */
export function ShareLink({ url }: { url: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  // Which link the code was drawn for (or why it could not be): a new link shows 'drawing' until drawn.
  const [drawn, setDrawn] = useState<{ url: string; error: string | null } | null>(null);

  useEffect(() => {
    let live = true;
    import('qrcode')
      .then(async ({ default: QRCode }) => {
        const el = canvas.current;
        if (!live || !el) return;
        // Black on white in every theme (scanners need the contrast), low error correction: the link is long.
        await QRCode.toCanvas(el, url, {
          errorCorrectionLevel: 'L',
          margin: 4,
          scale: 4,
          color: { dark: '#000000', light: '#ffffff' },
        });
        // The package sizes the canvas with an inline style; the stylesheet fits it to the panel instead.
        el.style.removeProperty('width');
        el.style.removeProperty('height');
        if (live) setDrawn({ url, error: null });
      })
      .catch(() => {
        if (live)
          setDrawn({
            url,
            error: `This link (${url.length} characters) is too long for a QR code; share the link itself.`,
          });
      });
    return () => {
      live = false;
    };
  }, [url]);

  const state = drawn?.url !== url ? 'drawing' : drawn.error ? 'error' : 'drawn';
  const failed = state === 'error';
  return (
    <div className="share-link">
      <label className="field">
        <span>Deck link</span>
        <input type="text" readOnly value={url} onFocus={(e) => e.target.select()} />
      </label>
      <p className="fine">{url.length} characters. Scan the code with a phone camera to open the deck.</p>
      <canvas
        ref={canvas}
        className="share-qr"
        role="img"
        aria-label="QR code that opens this deck"
        hidden={failed}
        data-state={state}
      />
      {failed && (
        <p className="error-note" role="alert">
          {drawn?.error}
        </p>
      )}
    </div>
  );
}
