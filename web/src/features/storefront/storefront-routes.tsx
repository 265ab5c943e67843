// The shopper-facing storefront at `/`: Chinese by default, mobile first.
import { Route, Routes } from 'react-router';
import { Guard } from '../../app/ui/guard';
import { NotFound } from '../../app/ui/states';
import { AccountPage } from '../accounts/account-page';
import { SignInPage } from '../accounts/sign-in-page';
import { SignUpPage } from '../accounts/sign-up-page';
import { CartPage } from './cart-page';
import { CategoriesPage, CategoryPage } from './categories-page';
import { HomePage } from './home-page';
import { ProductPage } from './product-page';
import { SearchPage } from './search-page';
import { SellerPage } from './seller-page';
import { StorefrontLayout } from './storefront-layout';

export function StorefrontRoutes() {
  return (
    <Routes>
      <Route element={<StorefrontLayout />}>
        <Route index element={<HomePage />} />
        <Route path="search" element={<SearchPage />} />
        <Route path="categories" element={<CategoriesPage />} />
        <Route path="categories/:slug" element={<CategoryPage />} />
        <Route path="products/:productId" element={<ProductPage />} />
        <Route path="sellers/:sellerId" element={<SellerPage />} />
        <Route path="cart" element={<CartPage />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="sign-up" element={<SignUpPage area="storefront" />} />
        <Route
          path="account"
          element={
            <Guard area="storefront">
              <AccountPage />
            </Guard>
          }
        />
        <Route path="*" element={<NotFound home="/" />} />
      </Route>
    </Routes>
  );
}
