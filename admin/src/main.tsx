import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { App, BASENAME } from './App';

/** Real paths (/admin/councils/…): the API answers every /admin path with this page. */
const router = createBrowserRouter([{ path: `${BASENAME}/*`, element: <App /> }]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/*
      No transitions: react-admin expects navigations to render at once (its own router turns
      them off). In a transition, the redirect of a signed-out visitor to the login page keeps
      being interrupted by react-admin's re-checks and loops for seconds (react-admin#10885).
    */}
    <RouterProvider router={router} useTransitions={false} />
  </StrictMode>,
);
