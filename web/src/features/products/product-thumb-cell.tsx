// The first image of a product as a table cell (a blank square when it has none).
import type { Product } from './product-types';

export function ProductThumbCell({ product, size }: { product: Product; size: number }) {
  const image = product.images[0];
  return <td className="thumb-cell">{image ? <img src={image.urls.thumb} alt="" width={size} height={size} loading="lazy" /> : <span className="thumb-empty" aria-hidden="true" />}</td>;
}
