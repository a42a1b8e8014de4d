/**
 * One submission to the chosen target, as stages: choosing, writing (with main's progress), done. Done comes
 * only from main's verification (every file read back and compared); a refusal or failure goes back to
 * choosing with main's sentence handed to `onError`, and so does a call that fails on its way to main.
 */
import { useState } from 'react';
import type { Report } from '../../../core/model/report-schema';
import { USB_SUBMIT_FAILED } from './submit-labels';
import type {
  RendererApi as SoanBaoCaoApi,
  UsbSubmitProgress,
  UsbSubmitVerified,
} from '../../../electron/ipc/channels';

export type UsbSubmitStage =
  | { kind: 'choose' }
  | { kind: 'writing'; progress: UsbSubmitProgress | null }
  | { kind: 'done'; result: UsbSubmitVerified };

export interface UsbSubmissionSource {
  report: Report;
  templateId: string;
  draftId: string;
  draftUpdatedAt: number | null;
}

export function useUsbSubmission(
  api: SoanBaoCaoApi | undefined,
  source: UsbSubmissionSource,
  onError: (message: string | null) => void,
  onSubmitted: ((result: UsbSubmitVerified) => void) | undefined,
) {
  const [stage, setStage] = useState<UsbSubmitStage>({ kind: 'choose' });

  const submit = async (targetId: string) => {
    if (!api) return;
    onError(null);
    setStage({ kind: 'writing', progress: null });
    const off = api.onUsbSubmitProgress((progress) => setStage({ kind: 'writing', progress }));
    try {
      const result = await api.usbSubmit({
        report: source.report,
        templateId: source.templateId,
        draftId: source.draftId,
        draftUpdatedAt: source.draftUpdatedAt,
        targetId,
      });
      if (result.status === 'verified') {
        setStage({ kind: 'done', result });
        onSubmitted?.(result);
      } else {
        setStage({ kind: 'choose' });
        onError(result.message);
      }
    } catch {
      // Left on "writing", every button of the dialog would stay disabled until the app is restarted.
      setStage({ kind: 'choose' });
      onError(USB_SUBMIT_FAILED);
    } finally {
      off();
    }
  };

  return { stage, submit, reset: () => setStage({ kind: 'choose' }) };
}
