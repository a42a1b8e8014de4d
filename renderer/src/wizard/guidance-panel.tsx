/** The outline's guidance for the current step, beside the form: what this part of the report should say. */
import { Box, Paper, Typography } from '@mui/material';
import LightbulbOutlined from '@mui/icons-material/LightbulbOutlined';
import './wizard-layout.css';

export interface GuidanceItem {
  heading: string;
  text: string;
}

export function GuidancePanel({ items }: { items: GuidanceItem[] }) {
  return (
    <Paper variant="outlined" component="aside" aria-label="Hướng dẫn" className="gp">
      <Box className="gp-title">
        <LightbulbOutlined fontSize="small" />
        <Typography variant="subtitle2" className="gp-title-text">
          Hướng dẫn theo đề cương
        </Typography>
      </Box>
      {items.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          Không có hướng dẫn riêng cho bước này.
        </Typography>
      ) : (
        items.map((item, i) => (
          <Box key={i} className="gp-item">
            {item.heading && (
              <Typography variant="body2" className="gp-item-heading">
                {item.heading}
              </Typography>
            )}
            <Typography variant="body2" color="text.secondary" className="gp-item-text">
              {item.text}
            </Typography>
          </Box>
        ))
      )}
    </Paper>
  );
}
