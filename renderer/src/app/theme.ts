/** A calm, paper-like theme. System fonts only: the app is offline and these all carry Vietnamese glyphs. */
import { createTheme } from '@mui/material/styles';

export const UI_FONT = '"Segoe UI", "Noto Sans", "Liberation Sans", Arial, sans-serif';
/** The report text is shown in a serif face close to Times New Roman, which the DOCX uses. */
export const DOCUMENT_FONT = '"Times New Roman", "Liberation Serif", "Noto Serif", serif';

export const theme = createTheme({
  palette: {
    mode: 'light',
    primary: { main: '#1f5f8b', light: '#e8f1f8', dark: '#164766', contrastText: '#ffffff' },
    secondary: { main: '#8a5a2b' },
    success: { main: '#2e7d4f' },
    background: { default: '#f4f6f8', paper: '#ffffff' },
    text: { primary: '#1d2733', secondary: '#56616d' },
    divider: '#dde3e9',
  },
  typography: {
    fontFamily: UI_FONT,
    fontSize: 14,
    h5: { fontWeight: 600 },
    h6: { fontWeight: 600, fontSize: '1.1rem' },
    button: { textTransform: 'none', fontWeight: 600 },
  },
  shape: { borderRadius: 8 },
  components: {
    MuiAppBar: { defaultProps: { elevation: 0, color: 'primary' } },
    MuiPaper: { defaultProps: { elevation: 0 }, styleOverrides: { outlined: { borderColor: '#dde3e9' } } },
    MuiButton: { defaultProps: { disableElevation: true } },
  },
});
