// The checks real Discord makes on what a bot sends, so tests fail where Discord would answer
// 400 Invalid Form Body: message, embed and component limits, autocomplete choices, commands.

/** One rejected field: where it is and why. */
export interface FieldError {
  /** Path into the JSON body, e.g. ['embeds', '0', 'description']. */
  path: string[];
  /** Discord's error code, e.g. BASE_TYPE_MAX_LENGTH. */
  code: string;
  /** Human message as Discord words it. */
  message: string;
}

/** Discord's message limits. */
export const limits = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  actionRows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  selectOptions: 25,
  choices: 25,
  choiceText: 100,
} as const;

type Json = Record<string, unknown>;

function maxLength(
  errors: FieldError[],
  path: string[],
  value: unknown,
  max: number,
  required = false,
): void {
  if (value === undefined || value === null) {
    if (required) errors.push({ path, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
    return;
  }
  if (typeof value !== 'string') {
    errors.push({ path, code: 'STRING_TYPE_CONVERT', message: 'Could not interpret value as string.' });
  } else if (value.length > max) {
    errors.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` });
  } else if (required && value.length === 0) {
    errors.push({ path, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
  }
}

/** Discord takes only well-formed http(s) URLs for links (embed url, link buttons). */
function checkUrl(errors: FieldError[], path: string[], value: unknown): void {
  if (value === undefined || value === null) return;
  let scheme = '';
  try {
    if (typeof value !== 'string' || /\s/.test(value) || [...value].some((c) => c < ' ' || c === '\u007f'))
      throw new Error('not a URL');
    scheme = new URL(value).protocol.replace(/:$/, '');
  } catch {
    errors.push({ path, code: 'URL_TYPE_INVALID_URL', message: 'Not a well formed URL.' });
    return;
  }
  if (scheme !== 'http' && scheme !== 'https')
    errors.push({
      path,
      code: 'URL_TYPE_INVALID_SCHEME',
      message: `Scheme "${scheme}" is not supported. Scheme must be one of ('http', 'https').`,
    });
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Characters an embed counts towards the 6000 limit of a message. */
export function embedSize(embed: Json): number {
  const text = (v: unknown) => (typeof v === 'string' ? v.length : 0);
  const footer = (embed.footer ?? {}) as Json;
  const author = (embed.author ?? {}) as Json;
  let size = text(embed.title) + text(embed.description) + text(footer.text) + text(author.name);
  for (const field of asArray(embed.fields) as Json[]) size += text(field.name) + text(field.value);
  return size;
}

function checkEmbeds(errors: FieldError[], embeds: unknown): void {
  if (embeds === undefined || embeds === null) return;
  const list = asArray(embeds) as Json[];
  if (list.length > limits.embeds) {
    errors.push({
      path: ['embeds'],
      code: 'BASE_TYPE_MAX_LENGTH',
      message: `Must be ${limits.embeds} or fewer in length.`,
    });
  }
  let total = 0;
  list.forEach((embed, i) => {
    const at = ['embeds', String(i)];
    maxLength(errors, [...at, 'title'], embed.title, limits.title);
    maxLength(errors, [...at, 'description'], embed.description, limits.description);
    maxLength(errors, [...at, 'footer', 'text'], (embed.footer as Json | undefined)?.text, limits.footer);
    maxLength(errors, [...at, 'author', 'name'], (embed.author as Json | undefined)?.name, limits.author);
    checkUrl(errors, [...at, 'url'], embed.url);
    const fields = asArray(embed.fields) as Json[];
    if (fields.length > limits.fields) {
      errors.push({
        path: [...at, 'fields'],
        code: 'BASE_TYPE_MAX_LENGTH',
        message: `Must be ${limits.fields} or fewer in length.`,
      });
    }
    fields.forEach((field, j) => {
      maxLength(errors, [...at, 'fields', String(j), 'name'], field.name, limits.fieldName, true);
      maxLength(errors, [...at, 'fields', String(j), 'value'], field.value, limits.fieldValue, true);
    });
    if (typeof embed.color === 'number' && (embed.color < 0 || embed.color > 0xffffff)) {
      errors.push({
        path: [...at, 'color'],
        code: 'NUMBER_TYPE_MAX',
        message: 'int value should be <= 16777215.',
      });
    }
    total += embedSize(embed);
  });
  if (total > limits.embedTotal) {
    errors.push({
      path: ['embeds'],
      code: 'MAX_EMBED_SIZE_EXCEEDED',
      message: 'Embed size exceeds maximum size of 6000',
    });
  }
}

function checkComponents(errors: FieldError[], components: unknown): void {
  if (components === undefined || components === null) return;
  const rows = asArray(components) as Json[];
  if (rows.length > limits.actionRows) {
    errors.push({
      path: ['components'],
      code: 'BASE_TYPE_MAX_LENGTH',
      message: 'Must be 5 or fewer in length.',
    });
  }
  const ids = new Set<string>();
  rows.forEach((row, i) => {
    const at = ['components', String(i)];
    if (row.type !== 1)
      errors.push({
        path: [...at, 'type'],
        code: 'UNION_TYPE_CHOICES',
        message: 'Value must be an action row',
      });
    const children = asArray(row.components) as Json[];
    const selects = children.filter((c) => c.type === 3).length;
    if (
      children.length === 0 ||
      children.length > limits.buttonsPerRow ||
      (selects > 0 && children.length > 1)
    ) {
      errors.push({
        path: [...at, 'components'],
        code: 'BASE_TYPE_BAD_LENGTH',
        message: 'Must be between 1 and 5 in length.',
      });
    }
    children.forEach((child, j) => {
      const cat = [...at, 'components', String(j)];
      if (child.type === 2 && child.style !== 5)
        maxLength(errors, [...cat, 'custom_id'], child.custom_id, limits.customId, true);
      if (child.type === 2) maxLength(errors, [...cat, 'label'], child.label, limits.buttonLabel);
      if (child.type === 3) {
        maxLength(errors, [...cat, 'custom_id'], child.custom_id, limits.customId, true);
        maxLength(errors, [...cat, 'placeholder'], child.placeholder, 150);
        const options = asArray(child.options) as Json[];
        if (options.length === 0 || options.length > limits.selectOptions) {
          errors.push({
            path: [...cat, 'options'],
            code: 'BASE_TYPE_BAD_LENGTH',
            message: 'Must be between 1 and 25 in length.',
          });
        }
        options.forEach((option, k) => {
          maxLength(errors, [...cat, 'options', String(k), 'label'], option.label, 100, true);
          maxLength(errors, [...cat, 'options', String(k), 'value'], option.value, 100, true);
          maxLength(errors, [...cat, 'options', String(k), 'description'], option.description, 100);
        });
      }
      if (typeof child.custom_id === 'string') {
        if (ids.has(child.custom_id)) {
          errors.push({
            path: [...cat, 'custom_id'],
            code: 'COMPONENT_CUSTOM_ID_DUPLICATED',
            message: 'Component custom id cannot be duplicated',
          });
        }
        ids.add(child.custom_id);
      }
    });
  });
}

/** Checks a message body (create, edit, follow-up or callback data). Empty array when valid. */
export function checkMessage(body: Json, options: { requireContent?: boolean } = {}): FieldError[] {
  const errors: FieldError[] = [];
  maxLength(errors, ['content'], body.content, limits.content);
  checkEmbeds(errors, body.embeds);
  checkComponents(errors, body.components);
  const mentions = body.allowed_mentions as Json | undefined;
  const parse = mentions?.parse;
  const quiet =
    mentions !== undefined &&
    Array.isArray(parse) &&
    parse.length === 0 &&
    asArray(mentions.users).length === 0 &&
    asArray(mentions.roles).length === 0;
  if (!quiet) {
    errors.push({
      path: ['allowed_mentions'],
      code: 'MENTIONS_NOT_SUPPRESSED',
      message: 'allowed_mentions must be { parse: [] } (this bot never pings)',
    });
  }
  const hasBody =
    Boolean(body.content) || asArray(body.embeds).length > 0 || asArray(body.components).length > 0;
  if (options.requireContent !== false && !hasBody) {
    errors.push({ path: [], code: 'EMPTY_MESSAGE', message: 'Cannot send an empty message' });
  }
  return errors;
}

/** Checks an autocomplete result (callback type 8). */
export function checkChoices(data: Json): FieldError[] {
  const errors: FieldError[] = [];
  const choices = asArray(data.choices) as Json[];
  if (!Array.isArray(data.choices))
    errors.push({ path: ['data', 'choices'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
  if (choices.length > limits.choices) {
    errors.push({
      path: ['data', 'choices'],
      code: 'BASE_TYPE_MAX_LENGTH',
      message: 'Must be 25 or fewer in length.',
    });
  }
  choices.forEach((choice, i) => {
    maxLength(errors, ['data', 'choices', String(i), 'name'], choice.name, limits.choiceText, true);
    if (typeof choice.value === 'string')
      maxLength(errors, ['data', 'choices', String(i), 'value'], choice.value, limits.choiceText);
  });
  return errors;
}

/** Nests errors the way Discord does: { embeds: { 0: { title: { _errors: [...] } } } }. */
export function nestErrors(errors: FieldError[]): Json {
  const root: Json = {};
  for (const error of errors) {
    let node = root;
    for (const key of error.path) {
      node[key] ??= {};
      node = node[key] as Json;
    }
    if (!Array.isArray(node._errors)) node._errors = [];
    (node._errors as unknown[]).push({ code: error.code, message: error.message });
  }
  return root;
}
