import { deepmerge } from '@mui/utils';
import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

/**
 * react-admin's light and dark themes, made to meet WCAG 2.2 AA:
 * - colours whose text (outlined chips, links, figures) or whose filled chips' text reached less
 *   than 4.5:1 are darkened (light) or lightened (dark): MUI's warning orange was 3.11:1 on white,
 *   its dark-mode error red under white text 3.68:1;
 * - `contrastThreshold: 4.5` makes MUI choose a filled chip's or button's text colour that reaches
 *   4.5:1 against it (MUI's default, 3, accepted white on mid red or blue);
 * - a strong focus ring (3 px, offset) on anything focused from the keyboard, in place of MUI's
 *   faint 12% grey ripple.
 * tests/browser/accessibility.browser.test.ts runs axe over the app's pages in both themes.
 */
const focusRing = (colour: string, quiet: string) => ({
  MuiCssBaseline: {
    styleOverrides: {
      ':root': { '--accord-quiet-text': quiet },
      // MUI buttons reset `outline: 0`; the ring wins over that, on every focusable element.
      ':focus-visible, .Mui-focusVisible': { outline: `3px solid ${colour} !important`, outlineOffset: '2px' },
      // Text fields show focus on their whole box, not only the input's underline.
      '.MuiInputBase-root.Mui-focused:has(:focus-visible)': { outline: `3px solid ${colour}`, outlineOffset: '1px' },
      '.MuiInputBase-input:focus-visible': { outline: 'none !important' },
      // react-admin's empty lists and disabled fields' help were in `text.disabled` (2.7:1).
      '.RaEmpty-message, .MuiFormHelperText-root.Mui-disabled': { color: 'var(--accord-quiet-text) !important' },
      '@media print': {
        '.RaSidebar-root, .RaAppBar-appBar, header, .no-print': { display: 'none !important' },
        body: { background: '#fff' },
      },
    },
  },
});

export const lightTheme: RaThemeOptions = deepmerge(defaultLightTheme, {
  palette: {
    contrastThreshold: 4.5,
    primary: { main: '#1565c0' },
    secondary: { light: '#6ec6ff', main: '#1565c0', dark: '#0d47a1', contrastText: '#fff' },
    warning: { main: '#b45309', light: '#d97706', dark: '#92400e', contrastText: '#fff' },
    info: { main: '#01579b', light: '#0288d1', dark: '#01426f', contrastText: '#fff' },
    success: { main: '#2e7d32', contrastText: '#fff' },
    error: { main: '#c62828', contrastText: '#fff' },
    text: { secondary: 'rgba(0, 0, 0, 0.68)' },
  },
  components: focusRing('#0b57d0', 'rgba(0, 0, 0, 0.68)'),
}) as RaThemeOptions;

export const darkTheme: RaThemeOptions = deepmerge(defaultDarkTheme, {
  palette: {
    contrastThreshold: 4.5,
    error: { main: '#ff8a80', light: '#ffbcaf', dark: '#c85a54', contrastText: 'rgba(0, 0, 0, 0.87)' },
    warning: { main: '#ffb74d', contrastText: 'rgba(0, 0, 0, 0.87)' },
    success: { main: '#81c784', contrastText: 'rgba(0, 0, 0, 0.87)' },
    info: { main: '#4fc3f7', contrastText: 'rgba(0, 0, 0, 0.87)' },
    secondary: { main: '#ce93d8', contrastText: 'rgba(0, 0, 0, 0.87)' },
    text: { secondary: 'rgba(255, 255, 255, 0.78)' },
  },
  components: focusRing('#ffd54f', 'rgba(255, 255, 255, 0.78)'),
}) as RaThemeOptions;
