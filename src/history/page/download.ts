// Saves a file the user asked for, from memory (Blob URL + anchor). Nothing is uploaded anywhere.
export function downloadText(filename: string, text: string, type: string): void {
  // A BOM lets spreadsheet programs read UTF-8 CSV correctly (accents, non-Latin scripts).
  const parts = type.startsWith('text/csv') ? ['\uFEFF', text] : [text];
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoke later: the download may not have started reading the blob yet.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function datedName(stem: string, extension: string, now = new Date()): string {
  return `${stem}-${now.toISOString().slice(0, 10)}.${extension}`;
}
