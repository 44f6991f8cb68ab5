// What a keystroke says about when to check: a finished sentence is checked at once, without waiting for a pause.
/** Typing that ends a sentence (。.!? or a new line): worth checking without waiting for a pause. */
export function endsASentence(event: Pick<InputEvent, 'inputType' | 'data' | 'isComposing'>): boolean {
  if (event.isComposing) return false;
  if (event.inputType === 'insertParagraph' || event.inputType === 'insertLineBreak') return true;
  return (event.inputType === 'insertText' || event.inputType === 'insertCompositionText') && /[。．.!?！？]$/.test(event.data ?? '');
}
