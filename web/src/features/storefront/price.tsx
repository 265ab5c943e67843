// Prices as shoppers in China read them: ¥1,234.50 (zh-CN grouping, two decimals), from integer fen.
import { formatFen } from '../pricing/money';

export { formatFen };

/** A price with the yuan emphasised and the fen smaller, as Chinese shops print it. */
export function Price({ fen, className = 'price' }: { fen: number; className?: string }) {
  const text = formatFen(fen);
  const dot = text.lastIndexOf('.');
  const symbol = text.startsWith('¥') ? '¥' : '';
  const whole = dot > 0 ? text.slice(symbol.length, dot) : text.slice(symbol.length);
  const cents = dot > 0 ? text.slice(dot) : '';
  return (
    <span className={className}>
      <span className="price-symbol">
        {symbol}
      </span>
      <span className="price-whole">
        {whole}
      </span>
      <span className="price-cents">
        {cents}
      </span>
    </span>
  );
}
