/**
 * Puts text on the clipboard. The Clipboard API needs a secure context
 * (https, or localhost) and may be refused; the caller then asks the
 * person to copy the selected text themselves.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
