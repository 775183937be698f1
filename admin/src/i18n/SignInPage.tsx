import { useEffect } from 'react';
import { Box, Typography } from '@mui/material';
import { Login, LoginForm, useTranslate } from 'react-admin';
import { LanguageMenu } from './LanguageMenu';

/**
 * react-admin's sign-in page with a heading and the language menu under the form: someone who
 * reads Welsh can sign in in Welsh before the app knows who they are (the pick is remembered in
 * this browser). The tab's title and the page's h1 are in the language shown.
 */
export const SignInPage = () => {
  const translate = useTranslate();
  const heading = translate('accord.sign_in.heading', { _: 'Sign in to Accord' });
  useEffect(() => {
    document.title = heading;
  }, [heading]);
  return (
    <Login>
      <Typography component="h1" variant="h6" align="center" sx={{ px: 2 }}>
        {heading}
      </Typography>
      <LoginForm />
      <Box sx={{ display: 'flex', justifyContent: 'center', pb: 2 }}>
        <LanguageMenu />
      </Box>
    </Login>
  );
};
