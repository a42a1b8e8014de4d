/**
 * The outline's guidance for the current step: what this part of the report should say. Beside the form on a
 * wide window, folded above it on a narrower one; its title unfolds it, and the choice is remembered. Memoised
 * on the items' text: a keystroke's report update makes new items that almost always say the same.
 */
import { memo, useId } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import ExpandMore from '@mui/icons-material/ExpandMore';
import LightbulbOutlined from '@mui/icons-material/LightbulbOutlined';
import { useGuidanceOpen } from './use-guidance-open';
import './wizard-layout.css';

export interface GuidanceItem {
  heading: string;
  text: string;
}

const sameItems = (a: GuidanceItem[], b: GuidanceItem[]) =>
  a.length === b.length && a.every((x, i) => x.heading === b[i]!.heading && x.text === b[i]!.text);

export const GuidancePanel = memo(GuidancePanelView, (a, b) => sameItems(a.items, b.items));

function GuidancePanelView({ items }: { items: GuidanceItem[] }) {
  const [open, toggle] = useGuidanceOpen();
  const bodyId = useId();
  return (
    <Paper variant="outlined" component="aside" aria-label="Hướng dẫn" className={open ? 'gp gp-open' : 'gp gp-closed'}>
      <button type="button" className="gp-title" aria-expanded={open} aria-controls={bodyId} onClick={toggle}>
        <LightbulbOutlined fontSize="small" />
        <Typography variant="subtitle2" component="span" className="gp-title-text gp-title-grow">
          Hướng dẫn theo đề cương
        </Typography>
        <ExpandMore fontSize="small" className="gp-chevron" />
      </button>
      <Box id={bodyId} hidden={!open} className="gp-body">
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
      </Box>
    </Paper>
  );
}
