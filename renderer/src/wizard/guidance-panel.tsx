/** The outline's guidance for the current step, beside the form: what this part of the report should say. */
import { Box, Paper, Typography } from '@mui/material';
import LightbulbOutlined from '@mui/icons-material/LightbulbOutlined';

export interface GuidanceItem {
  heading: string;
  text: string;
}

export function GuidancePanel({ items }: { items: GuidanceItem[] }) {
  return (
    <Paper variant="outlined" component="aside" aria-label="Hướng dẫn" sx={{ p: 2, bgcolor: '#fbf8f2', borderColor: '#eadfca' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1, color: 'secondary.main' }}>
        <LightbulbOutlined fontSize="small" />
        <Typography variant="subtitle2" sx={{ fontWeight: 700 }}>Hướng dẫn theo đề cương</Typography>
      </Box>
      {items.length === 0 ? (
        <Typography variant="body2" color="text.secondary">Không có hướng dẫn riêng cho bước này.</Typography>
      ) : (
        items.map((item, i) => (
          <Box key={i} sx={{ mb: 1.5, '&:last-child': { mb: 0 } }}>
            {item.heading && <Typography variant="body2" sx={{ fontWeight: 600, mb: 0.25 }}>{item.heading}</Typography>}
            <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-line' }}>{item.text}</Typography>
          </Box>
        ))
      )}
    </Paper>
  );
}
