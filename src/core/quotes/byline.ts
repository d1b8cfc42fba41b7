// A reporter's byline in the text ("VOA's Ann Lee in Oslo explains why.", "Ann Lee reports from Oslo."):
// the reporter introduces the people he or she interviews and is never their "he said".

const name = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`;
const outlet = String.raw`(?:\p{Lu}[\p{L}.]*['’]s\s+(?:(?:correspondent|reporter)\s+)?)?`;
const place = String.raw`(?:\s+in\s+${name})?`;
const closing = String.raw`(?:reports|explains|has\s+(?:more|this\s+report|the\s+story|details))`;
const byline = new RegExp(
  String.raw`^${outlet}${name}${place}\s+${closing}(?:\s+(?:from|on)\s+${name}|\s+(?:why|how|what)\b[^.]{0,60})?\.?$`,
  'u',
);

/** True for a sentence that is only a reporter's byline. */
export function isByline(sentence: string): boolean {
  const text = sentence.trim();
  return text.split(/\s+/).length <= 14 && byline.test(text);
}
