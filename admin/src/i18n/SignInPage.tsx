import { Box } from '@mui/material';
import { Login, LoginForm } from 'react-admin';
import { LanguageMenu } from './LanguageMenu';

/**
 * react-admin's sign-in page with the language menu under the form: someone who reads Welsh can
 * sign in in Welsh before the app knows who they are (the pick is remembered in this browser).
 */
export const SignInPage = () => (
  <Login>
    <LoginForm />
    <Box sx={{ display: 'flex', justifyContent: 'center', pb: 2 }}>
      <LanguageMenu />
    </Box>
  </Login>
);
