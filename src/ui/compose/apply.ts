// Applying a suggestion through the editor's own input path, so its Undo restores the original:
// select exactly the flagged range, then insertText. The caret ends after the replacement.

/** Replaces `range` in a contenteditable body with `text`. Returns false when nothing could be applied. */
export function replaceInBody(body: HTMLElement, range: Range, text: string): boolean {
  const doc = body.ownerDocument;
  const selection = doc.getSelection();
  if (!selection || !body.contains(range.startContainer) || !body.contains(range.endContainer)) return false;
  body.focus({ preventScroll: true });
  selection.removeAllRanges();
  selection.addRange(range.cloneRange());
  if (doc.execCommand('insertText', false, text)) return true;
  // The editor refused execCommand: edit the DOM directly and tell the editor (Undo cannot restore this one).
  const r = selection.rangeCount ? selection.getRangeAt(0) : range;
  r.deleteContents();
  const node = doc.createTextNode(text);
  r.insertNode(node);
  selection.removeAllRanges();
  const caret = doc.createRange();
  caret.setStart(node, node.length);
  selection.addRange(caret);
  body.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return true;
}

/** Replaces start..end of a subject field with `text`. */
export function replaceInInput(input: HTMLInputElement, start: number, end: number, text: string): boolean {
  if (!input.isConnected) return false;
  input.focus({ preventScroll: true });
  input.setSelectionRange(start, end);
  if (input.ownerDocument.execCommand('insertText', false, text)) return true;
  input.setRangeText(text, start, end, 'end');
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return true;
}
