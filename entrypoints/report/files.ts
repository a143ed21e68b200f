// Object URLs for the report downloads (no downloads permission needed: plain <a download> links).
import { useEffect, useMemo } from 'preact/hooks';
import { pngBytes, type ReportJson } from '../../src/report/build';

export interface ReportFiles {
  json: string;
  text: string;
  png: string | null;
}

export function useReportFiles(report: ReportJson): ReportFiles {
  const files = useMemo<ReportFiles>(
    () => ({
      json: URL.createObjectURL(new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' })),
      text: URL.createObjectURL(new Blob([report.text], { type: 'text/plain;charset=utf-8' })),
      png: report.screenshot
        ? URL.createObjectURL(new Blob([pngBytes(report.screenshot.dataUrl)], { type: 'image/png' }))
        : null,
    }),
    [report],
  );
  useEffect(
    () => () => {
      URL.revokeObjectURL(files.json);
      URL.revokeObjectURL(files.text);
      if (files.png) URL.revokeObjectURL(files.png);
    },
    [files],
  );
  return files;
}
