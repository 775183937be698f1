import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { App, BASENAME } from './App';

/** Real paths (/admin/councils/…): the API answers every /admin path with this page. */
const router = createBrowserRouter([{ path: `${BASENAME}/*`, element: <App /> }]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
