// The texts of the body's toolbar and preview (messages: editor.tools), as the form hands them to
// the client component. Apart from it: what a 'use client' module exports is, to the server, a
// reference to the client, not a value.
export const TOOL_TEXTS = [
  'toolbar',
  'heading',
  'bold',
  'italic',
  'link',
  'bullet',
  'numbered',
  'quote',
  'shortcuts',
  'placeholder',
  'linkText',
  'linkAddress',
  'linkHint',
  'linkInsert',
  'linkCancel',
  'linkInvalid',
  'preview',
  'previewHint',
  'previewEmpty',
  'previewTooLarge',
  'previewLoggedOut',
  'previewFailed',
] as const;
export type ToolTexts = Record<(typeof TOOL_TEXTS)[number], string>;
