// The checks Discord makes when an application registers its commands (PUT bulk overwrite):
// names, descriptions, option order and counts, choices, and the 8000-character budget.
import type { FieldError } from './validate.ts';

type Json = Record<string, unknown>;

const namePattern = /^[-_'\p{Ll}\p{Lo}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const optionTypes = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);

function text(value: unknown): number {
  return typeof value === 'string' ? value.length : 0;
}

function checkOptions(errors: FieldError[], at: string[], options: unknown, depth: number): number {
  if (options === undefined) return 0;
  if (!Array.isArray(options)) {
    errors.push({ path: at, code: 'BASE_TYPE_ARRAY', message: 'Must be an array' });
    return 0;
  }
  if (options.length > 25)
    errors.push({ path: at, code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
  let size = 0;
  let optionalSeen = false;
  const names = new Set<string>();
  (options as Json[]).forEach((option, i) => {
    const oat = [...at, String(i)];
    size += text(option.name) + text(option.description);
    if (typeof option.name !== 'string' || !namePattern.test(option.name)) {
      errors.push({
        path: [...oat, 'name'],
        code: 'APPLICATION_COMMAND_INVALID_NAME',
        message: 'Command name is invalid',
      });
    }
    if (names.has(String(option.name))) {
      errors.push({
        path: [...oat, 'name'],
        code: 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS',
        message: 'Option names must be unique',
      });
    }
    names.add(String(option.name));
    if (text(option.description) < 1 || text(option.description) > 100) {
      errors.push({
        path: [...oat, 'description'],
        code: 'BASE_TYPE_BAD_LENGTH',
        message: 'Must be between 1 and 100 in length.',
      });
    }
    if (!optionTypes.has(option.type as number)) {
      errors.push({
        path: [...oat, 'type'],
        code: 'BASE_TYPE_CHOICES',
        message: 'Value must be one of option types.',
      });
    }
    const nested = option.type === 1 || option.type === 2;
    if (nested) {
      if (depth >= 2)
        errors.push({
          path: [...oat, 'type'],
          code: 'APPLICATION_COMMAND_OPTION_TYPE_INVALID',
          message: 'Subcommands cannot nest here',
        });
      size += checkOptions(errors, [...oat, 'options'], option.options, depth + 1);
      return;
    }
    if (option.required && optionalSeen) {
      errors.push({
        path: [...oat, 'required'],
        code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
        message: 'Required options must be placed before non-required options',
      });
    }
    if (!option.required) optionalSeen = true;
    const choices = option.choices as Json[] | undefined;
    if (choices !== undefined) {
      if (option.autocomplete) {
        errors.push({
          path: [...oat, 'autocomplete'],
          code: 'APPLICATION_COMMAND_AUTOCOMPLETE_INVALID',
          message: 'Autocomplete cannot be set with choices',
        });
      }
      if (choices.length > 25)
        errors.push({
          path: [...oat, 'choices'],
          code: 'BASE_TYPE_MAX_LENGTH',
          message: 'Must be 25 or fewer in length.',
        });
      choices.forEach((choice, k) => {
        size += text(choice.name) + text(choice.value);
        if (text(choice.name) < 1 || text(choice.name) > 100 || text(choice.value) > 100) {
          errors.push({
            path: [...oat, 'choices', String(k)],
            code: 'BASE_TYPE_BAD_LENGTH',
            message: 'Must be between 1 and 100 in length.',
          });
        }
      });
    }
    if (
      option.max_length !== undefined &&
      (typeof option.max_length !== 'number' || option.max_length < 1 || option.max_length > 6000)
    ) {
      errors.push({
        path: [...oat, 'max_length'],
        code: 'NUMBER_TYPE_MAX',
        message: 'int value should be between 1 and 6000.',
      });
    }
  });
  return size;
}

/** Checks the body of PUT .../commands (a list of chat-input commands). Empty array when valid. */
export function checkCommands(body: unknown): FieldError[] {
  const errors: FieldError[] = [];
  if (!Array.isArray(body)) return [{ path: [], code: 'BASE_TYPE_ARRAY', message: 'Must be an array' }];
  if (body.length > 100)
    errors.push({ path: [], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 100 or fewer in length.' });
  (body as Json[]).forEach((command, i) => {
    const at = [String(i)];
    if (typeof command.name !== 'string' || !namePattern.test(command.name)) {
      errors.push({
        path: [...at, 'name'],
        code: 'APPLICATION_COMMAND_INVALID_NAME',
        message: 'Command name is invalid',
      });
    }
    if ((command.type ?? 1) === 1 && (text(command.description) < 1 || text(command.description) > 100)) {
      errors.push({
        path: [...at, 'description'],
        code: 'BASE_TYPE_BAD_LENGTH',
        message: 'Must be between 1 and 100 in length.',
      });
    }
    const perms = command.default_member_permissions;
    if (perms !== undefined && perms !== null && (typeof perms !== 'string' || !/^\d+$/.test(perms))) {
      errors.push({
        path: [...at, 'default_member_permissions'],
        code: 'BASE_TYPE_BAD_BITFIELD',
        message: 'Must be a permission bitfield string',
      });
    }
    const size =
      text(command.name) +
      text(command.description) +
      checkOptions(errors, [...at, 'options'], command.options, 1);
    if (size > 8000) {
      errors.push({
        path: [...at],
        code: 'APPLICATION_COMMAND_TOO_LARGE',
        message: 'Command exceeds maximum size (8000)',
      });
    }
  });
  return errors;
}
